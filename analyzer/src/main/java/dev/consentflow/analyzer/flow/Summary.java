package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Consent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a caller needs to know of a method: the value it returns and the uses its body makes that the
 * caller must answer for. Paths in it are rooted at the method's parameter names or {@code this}; other
 * roots are opaque. Parameter placeholders ({@link Taint#parameter}) stand for the caller's arguments.
 *
 * @param parameters the method's parameter names, in order
 * @param returns the abstract return value (void methods: {@link Value#EMPTY})
 * @param events uses that are lifted to each call site
 * @param receiverWrites data the method stores in its receiver's fields
 * @param ensures consents that hold whenever the method returns normally (a helper that throws
 *     without consent is a check)
 * @param callersTrusted whether its uses' findings stand at its call sites; else a use of a caller's
 *     data is judged with the caller's facts but stands at the sink
 * @param thrown the data of the exceptions the method may throw
 * @param receiverFieldWrites the receiver writes, by the field written
 * @param parameterWrites data the method stores into the contents of its parameters (an element of an
 *     array or collection, what it appends to a builder), by parameter index
 */
public record Summary(List<String> parameters, Value returns, List<SinkEvent> events, Set<Taint> receiverWrites,
        Set<Consent> ensures, boolean callersTrusted, Set<Taint> thrown, Map<String, Set<Taint>> receiverFieldWrites,
        Map<Integer, Set<Taint>> parameterWrites) {
    public static final Summary EMPTY =
            new Summary(List.of(), Value.EMPTY, List.of(), Set.of(), Set.of(), false, Set.of(), Map.of(), Map.of());

    public Summary {
        parameters = List.copyOf(parameters);
        events = List.copyOf(events);
        receiverWrites = Set.copyOf(receiverWrites);
        ensures = Set.copyOf(ensures);
        thrown = Set.copyOf(thrown);
        receiverFieldWrites = Map.copyOf(receiverFieldWrites);
        parameterWrites = Map.copyOf(parameterWrites);
    }

    /** This summary with its uses marked approximate: a recursion that did not settle. */
    public Summary approximated() {
        return new Summary(parameters, returns, events.stream().map(SinkEvent::approximated).toList(), receiverWrites,
                ensures, callersTrusted, thrown, receiverFieldWrites, parameterWrites);
    }

    /** Equal up to the order of the uses: a fixpoint is reached. */
    public boolean sameAs(Summary other) {
        return parameters.equals(other.parameters) && returns.equals(other.returns)
                && new HashSet<>(events).equals(new HashSet<>(other.events))
                && receiverWrites.equals(other.receiverWrites) && ensures.equals(other.ensures)
                && thrown.equals(other.thrown) && receiverFieldWrites.equals(other.receiverFieldWrites)
                && parameterWrites.equals(other.parameterWrites);
    }

    /**
     * Equal as {@link #sameAs} and with the same trail on every datum: a caller copies trails into its own
     * results, so after an edit that only moved lines a caller must be analyzed again too.
     */
    public boolean identicalTo(Summary other) {
        if (callersTrusted != other.callersTrusted || !sameAs(other)) {
            return false;
        }
        List<Taint> mine = data();
        List<Taint> theirs = other.data();
        // Equal summaries list their data in the same order: compare pairwise before hashing every trail.
        if (mine.size() == theirs.size()) {
            boolean pairwise = true;
            for (int i = 0; pairwise && i < mine.size(); i++) {
                pairwise = mine.get(i).equals(theirs.get(i)) && mine.get(i).trail().equals(theirs.get(i).trail());
            }
            if (pairwise) {
                return true;
            }
        }
        return trails(mine).equals(trails(theirs));
    }

    private List<Taint> data() {
        List<Taint> all = new ArrayList<>(returns.taints());
        returns.fields().values().forEach(all::addAll);
        events.forEach(e -> all.add(e.taint()));
        all.addAll(receiverWrites);
        all.addAll(thrown);
        receiverFieldWrites.values().forEach(all::addAll);
        parameterWrites.values().forEach(all::addAll);
        return all;
    }

    /** Each datum with its trail, which its equality leaves out. */
    static Set<List<Object>> trails(Collection<Taint> data) {
        Set<List<Object>> trails = new HashSet<>();
        data.forEach(t -> trails.add(List.of(t, t.trail())));
        return trails;
    }
}
