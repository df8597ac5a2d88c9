package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.model.FlowStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A flow label: personal data of some categories about one subject, with the consents that travel with
 * it, or, inside a method summary, a placeholder for "whatever the caller passes as parameter n".
 * Immutable. The trail (the steps the data took) is carried for reports but is not part of equality, so
 * that loops reach a fixpoint.
 */
public final class Taint {
    /** Longest trail kept; longer paths keep their first and last steps. */
    private static final int MAX_TRAIL = 12;

    private static final int NONE = -1;
    private static final int RECEIVER = -2;

    private final List<String> categories;
    /** {@link #NONE} for data of its own, else the placeholder: a parameter index or {@link #RECEIVER}. */
    private final int parameter;
    /** For a placeholder: the field of the caller's argument or receiver it stands for; null for all of it. */
    private final String field;
    private final AccessPath subject;
    private final Set<Consent> carried;
    private final FlowStep source;
    /** Which member the data was read from, for the data map; {@code null} for a placeholder. */
    private final Origin origin;
    private final List<FlowStep> trail;
    private int hash;

    /**
     * Where personal data comes from, as the data map names it.
     *
     * @param member the source member, e.g. {@code Customer.email} or {@code Customer.getEmail}
     * @param subjectKind the Fideslang data-subject kind of {@code @PersonalData.subject}, e.g. {@code customer}
     */
    public record Origin(String member, String subjectKind) {}

    private Taint(List<String> categories, int parameter, AccessPath subject, Set<Consent> carried,
            FlowStep source, Origin origin, List<FlowStep> trail, String field) {
        this.field = field;
        this.categories = List.copyOf(categories);
        this.parameter = parameter;
        this.subject = subject;
        this.carried = Set.copyOf(carried);
        this.source = source;
        this.origin = origin;
        this.trail = List.copyOf(trail);
    }

    /**
     * Personal data read at {@code source} from {@code origin}, about {@code subject}, carrying
     * {@code carried} consents.
     */
    public static Taint source(List<String> categories, AccessPath subject, Set<Consent> carried, FlowStep source,
            Origin origin) {
        return new Taint(categories, NONE, subject, carried, source, origin, List.of(source), null);
    }

    /** The placeholder for the caller's argument {@code index} (0-based) inside a summary. */
    public static Taint parameter(int index) {
        return new Taint(List.of(), index, null, Set.of(), null, null, List.of(), null);
    }

    /** The placeholder for the data of the caller's receiver (what {@code this} holds) inside a summary. */
    public static Taint receiver() {
        return new Taint(List.of(), RECEIVER, null, Set.of(), null, null, List.of(), null);
    }

    /** Whether this stands for the caller's argument or receiver rather than for data of its own. */
    public boolean isPlaceholder() {
        return parameter != NONE;
    }

    public boolean isReceiver() {
        return parameter == RECEIVER;
    }

    /** For a placeholder, the field of the argument or receiver it stands for; null for all of it. */
    public String field() {
        return field;
    }

    /**
     * A placeholder narrowed to one field of what it stands for ({@code this.to} of the caller's receiver);
     * a placeholder already narrowed stays as it is (one level is kept).
     */
    public Taint withField(String name) {
        return !isPlaceholder() || field != null ? this
                : new Taint(categories, parameter, subject, carried, source, origin, trail, name);
    }

    /** The argument index of a parameter placeholder. */
    public int parameterIndex() {
        return parameter;
    }

    /**
     * The same data read back without its owner (from a collection, a map, an array or a field of
     * another object): its subject is unknown (DESIGN §1), the consents that travel with it stay.
     */
    public Taint withUnknownSubject() {
        return isPlaceholder() || subject == null ? this
                : new Taint(categories, parameter, null, carried, source, origin, trail, field);
    }

    public List<String> categories() {
        return categories;
    }

    /** The data subject; {@code null} when unknown (DESIGN §1: any guard for the purpose is accepted). */
    public AccessPath subject() {
        return subject;
    }

    public Set<Consent> carried() {
        return carried;
    }

    /** Where the data was read; {@code null} for a parameter placeholder. */
    public FlowStep source() {
        return source;
    }

    /** Which member the data was read from; {@code null} for a placeholder. */
    public Origin origin() {
        return origin;
    }

    public List<FlowStep> trail() {
        return trail;
    }

    /**
     * This datum's path with {@code step} just before its last step (the sink): a use lifted to a call
     * site passes through that call on the way to the sink.
     */
    public Taint withStepBeforeLast(FlowStep step) {
        if (trail.isEmpty()) {
            return withStep(step);
        }
        List<FlowStep> steps = new ArrayList<>(trail.subList(0, trail.size() - 1));
        steps.add(step);
        steps.add(trail.get(trail.size() - 1));
        return new Taint(categories, parameter, subject, carried, source, origin, List.of(), field).followedBy(steps);
    }

    public Taint withStep(FlowStep step) {
        return followedBy(List.of(step));
    }

    /**
     * This datum, having then taken the steps of {@code more} (a callee's part of the path): a step equal
     * to the one before it is not repeated, and past {@link #MAX_TRAIL} steps the first and the latest
     * are kept. One copy of the trail, however many steps: lifting a use through a call does this for
     * every use of the callee.
     */
    public Taint followedBy(List<FlowStep> more) {
        List<FlowStep> longer = new ArrayList<>(trail.size() + more.size());
        longer.addAll(trail);
        for (FlowStep step : more) {
            if (longer.isEmpty() || !longer.get(longer.size() - 1).equals(step)) {
                longer.add(step);
            }
        }
        if (longer.size() == trail.size()) {
            return this;
        }
        if (longer.size() > MAX_TRAIL) {
            longer.subList(1, longer.size() - MAX_TRAIL + 1).clear();
        }
        return new Taint(categories, parameter, subject, carried, source, origin, longer, field);
    }

    public Taint withCarried(Set<Consent> more) {
        if (carried.containsAll(more)) {
            return this;
        }
        Set<Consent> all = new HashSet<>(carried);
        all.addAll(more);
        return new Taint(categories, parameter, subject, all, source, origin, trail, field);
    }

    public Taint rebase(Map<String, AccessPath> roots) {
        if (isPlaceholder() || subject == null) {
            return this;
        }
        Set<Consent> moved = new HashSet<>();
        carried.forEach(c -> moved.add(c.rebase(roots)));
        return new Taint(categories, parameter, subject.rebase(roots), moved, source, origin, trail, field);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taint t && parameter == t.parameter && Objects.equals(field, t.field)
                && categories.equals(t.categories)
                && Objects.equals(subject, t.subject) && carried.equals(t.carried)
                && Objects.equals(source, t.source);
    }

    @Override
    public int hashCode() {
        // Taints are set elements hashed again and again; every field in the hash is immutable.
        int h = hash;
        if (h == 0) {
            h = Objects.hash(categories, parameter, field, subject, carried, source);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        String whole = isReceiver() ? "receiver" : "param#" + parameter;
        return isPlaceholder() ? (field == null ? whole : whole + "." + field) : categories + "@" + subject;
    }
}
