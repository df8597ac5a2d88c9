package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Facts;
import java.util.HashMap;
import java.util.Map;

/**
 * The abstract state at a program point: the value of each local variable, the paths locals are copies
 * of ({@code Customer same = c}), and the consent facts. Mutable within one straight-line stretch;
 * branches work on {@link #copy()}s that {@link #join} merges. {@code null} stands for "unreachable".
 */
final class State {
    final Map<String, Value> env;
    final Map<String, AccessPath> aliases;
    Facts facts;

    State(Map<String, Value> env, Map<String, AccessPath> aliases, Facts facts) {
        this.env = env;
        this.aliases = aliases;
        this.facts = facts;
    }

    static State entry() {
        return new State(new HashMap<>(), new HashMap<>(), Facts.NONE);
    }

    State copy() {
        return new State(new HashMap<>(env), new HashMap<>(aliases), facts);
    }

    State assume(Facts more) {
        State next = copy();
        next.facts = facts.and(more);
        return next;
    }

    /**
     * After the local {@code name} is assigned, the facts about paths through it ({@code c.x},
     * {@code list.get(name)}) may be about someone else: they end here.
     */
    void forget(String name) {
        facts = facts.without(c -> c.subject() != null && c.subject().mentions(name));
    }

    Value get(String name) {
        return env.getOrDefault(name, Value.EMPTY);
    }

    /** Both ways of reaching a point: values united, aliases kept where they agree, facts as alternatives. */
    static State join(State a, State b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Map<String, Value> env = new HashMap<>(a.env);
        b.env.forEach((name, value) -> env.merge(name, value, Value::union));
        Map<String, AccessPath> aliases = new HashMap<>(a.aliases);
        aliases.entrySet().removeIf(e -> !e.getValue().equals(b.aliases.get(e.getKey())));
        return new State(env, aliases, a.facts.or(b.facts));
    }

    boolean sameAs(State other) {
        return other != null && env.equals(other.env) && facts.equals(other.facts);
    }
}
