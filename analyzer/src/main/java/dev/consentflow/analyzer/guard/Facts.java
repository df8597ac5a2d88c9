package dev.consentflow.analyzer.guard;

import dev.consentflow.analyzer.flow.AccessPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The consent facts that hold at a program point, as alternatives: one set of facts per way the program
 * can have reached the point (a disjunction of conjunctions). Judging each alternative on its own lets
 * {@code if (a(c) || b(c))} be reported by the worst path (DESIGN §1 "Fine points"). Immutable.
 */
public final class Facts {
    /** Past this many alternatives, they are merged into the facts common to all: sound, less precise. */
    private static final int MAX_ALTERNATIVES = 16;

    /** No fact known: one alternative, empty. */
    public static final Facts NONE = new Facts(List.of(Set.of()));
    /** No way to reach the point (after {@code return}); the identity of {@link #or}. */
    public static final Facts UNREACHABLE = new Facts(List.of());

    private final List<Set<Consent>> alternatives;
    /** Whether alternatives were merged on the way here (the bound was hit): judging is approximate. */
    private final boolean approximate;
    private int hash;

    private Facts(List<Set<Consent>> alternatives) {
        this(alternatives, false);
    }

    private Facts(List<Set<Consent>> alternatives, boolean approximate) {
        this.alternatives = alternatives;
        this.approximate = approximate;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public static Facts of(Consent consent) {
        return new Facts(List.of(Set.of(consent)));
    }

    private static Facts normalize(List<Set<Consent>> alternatives, boolean approximate) {
        List<Set<Consent>> distinct = new ArrayList<>(new LinkedHashSet<>(alternatives));
        if (distinct.size() > MAX_ALTERNATIVES) {
            Set<Consent> common = new HashSet<>(distinct.get(0));
            distinct.forEach(common::retainAll);
            distinct = List.of(Set.copyOf(common));
            approximate = true;
        }
        return new Facts(List.copyOf(distinct), approximate);
    }

    /** Each alternative, as an unmodifiable set. */
    public List<Set<Consent>> alternatives() {
        return alternatives;
    }

    /** One alternative with no consent in it: {@link #NONE}, approximate or not. */
    private boolean isNothingKnown() {
        return alternatives.size() == 1 && alternatives.get(0).isEmpty();
    }

    public boolean isUnreachable() {
        return alternatives.isEmpty();
    }

    /** Facts holding when both hold: every pair of alternatives, united. */
    public Facts and(Facts other) {
        // Nothing known on one side (the common case): the conjunction is the other side.
        if (isNothingKnown() && (!approximate || other.approximate)) {
            return other;
        }
        if (other.isNothingKnown() && (!other.approximate || approximate)) {
            return this;
        }
        List<Set<Consent>> product = new ArrayList<>();
        for (Set<Consent> a : alternatives) {
            for (Set<Consent> b : other.alternatives) {
                Set<Consent> both = new HashSet<>(a);
                both.addAll(b);
                product.add(Set.copyOf(both));
            }
        }
        return normalize(product, approximate || other.approximate);
    }

    /** Facts holding when either holds (control flow merges). */
    public Facts or(Facts other) {
        List<Set<Consent>> union = new ArrayList<>(alternatives);
        union.addAll(other.alternatives);
        return normalize(union, approximate || other.approximate);
    }

    /** The facts that hold on every alternative. */
    public Set<Consent> common() {
        if (alternatives.isEmpty()) {
            return Set.of();
        }
        Set<Consent> common = new HashSet<>(alternatives.get(0));
        alternatives.forEach(common::retainAll);
        return common;
    }

    /** These facts without the consents {@code gone} accepts. */
    public Facts without(Predicate<Consent> gone) {
        if (alternatives.stream().flatMap(Set::stream).noneMatch(gone)) {
            return this;
        }
        List<Set<Consent>> kept = new ArrayList<>();
        for (Set<Consent> alternative : alternatives) {
            Set<Consent> rest = new HashSet<>(alternative);
            rest.removeIf(gone);
            kept.add(Set.copyOf(rest));
        }
        return normalize(kept, approximate);
    }

    public Facts rebase(Map<String, AccessPath> roots) {
        if (isNothingKnown() || roots.isEmpty()) {
            return this;
        }
        List<Set<Consent>> rebased = new ArrayList<>();
        for (Set<Consent> alternative : alternatives) {
            Set<Consent> moved = new HashSet<>();
            alternative.forEach(c -> moved.add(c.rebase(roots)));
            rebased.add(Set.copyOf(moved));
        }
        return normalize(rebased, approximate);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Facts f && hashCode() == f.hashCode()
                && new HashSet<>(alternatives).equals(new HashSet<>(f.alternatives));
    }

    @Override
    public int hashCode() {
        // Facts are hashed with every event and summary compared; they are immutable.
        int h = hash;
        if (h == 0) {
            h = new HashSet<>(alternatives).hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return alternatives.toString();
    }
}
