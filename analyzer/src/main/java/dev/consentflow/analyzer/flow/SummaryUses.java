package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which code applied which method's summary (a dependency graph over summaries, both ways), and when, in
 * the current update, each code's analysis last ended: after an edit, a summary that changed sends its
 * users to be analyzed again, unless they were analyzed after it ({@link FlowEngine#update}).
 */
final class SummaryUses {
    /** Callee → the code that applied its summary; and the other way round. */
    private final Map<Node, Set<Node>> users = new IdentityHashMap<>();
    private final Map<Node, Set<Node>> used = new IdentityHashMap<>();
    private final Map<Node, Long> doneAt = new IdentityHashMap<>();
    private long clock;

    /** {@code caller} applied the summary of {@code callee}. */
    void add(Node caller, Node callee) {
        users.computeIfAbsent(callee, k -> identitySet()).add(caller);
        used.computeIfAbsent(caller, k -> identitySet()).add(callee);
    }

    /** Forgets which summaries {@code code} applied: it is analyzed again, or gone. */
    void unlink(Node code) {
        for (Node callee : Optional.ofNullable(used.remove(code)).orElse(Set.of())) {
            Optional.ofNullable(users.get(callee)).ifPresent(u -> u.remove(code));
        }
    }

    /** Removes {@code callee} (a method of a file before an edit); returns the code that applied its summary. */
    Set<Node> remove(Node callee) {
        Set<Node> callers = identitySet();
        Optional.ofNullable(users.remove(callee)).ifPresent(callers::addAll);
        callers.forEach(caller -> used.get(caller).remove(callee));
        return callers;
    }

    /** The summaries {@code code} applied. */
    Set<Node> usedBy(Node code) {
        return used.getOrDefault(code, Set.of());
    }

    /** The code that applied {@code callee}'s summary before the summary last changed, in this update. */
    Set<Node> staleUsers(Node callee) {
        long made = doneAt.getOrDefault(callee, Long.MAX_VALUE);
        Set<Node> stale = identitySet();
        users.getOrDefault(callee, Set.of()).stream()
                .filter(caller -> doneAt.getOrDefault(caller, Long.MIN_VALUE) < made).forEach(stale::add);
        return stale;
    }

    /** The analysis of {@code code} ended now. */
    void done(Node code) {
        doneAt.put(code, ++clock);
    }

    /** An update starts: no analysis has ended in it yet. */
    void startUpdate() {
        doneAt.clear();
    }

    void clear() {
        users.clear();
        used.clear();
        doneAt.clear();
    }

    private static Set<Node> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
