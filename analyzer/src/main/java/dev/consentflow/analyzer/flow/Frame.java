package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Facts;
import dev.consentflow.analyzer.policy.MemberRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The analysis of one method body (or lambda body) in progress: which names are locals, where returns,
 * breaks and continues go, and the uses found so far.
 */
final class Frame {
    final Program program;
    /** The method being analyzed, as policy entries name callers. */
    final Optional<MemberRef> member;
    final Set<String> locals = new HashSet<>();
    /** What {@code this} holds: the caller's receiver placeholder, or nothing in a static method. */
    final Value thisValue;
    /** Data this method writes into fields of {@code this} (a setter, a constructor, a builder step). */
    final Set<Taint> thisWrites = new HashSet<>();
    /** The same data, by the field of {@code this} it was written to. */
    final Map<String, Set<Taint>> thisFieldWrites = new HashMap<>();
    /** Data stored into the contents of each local (its elements, what is appended to it), for parameters' sake. */
    final Map<String, Set<Taint>> contentWrites = new HashMap<>();
    final List<SinkEvent> events;
    /** One collector per body being analyzed: the method's, then each nested lambda block's. */
    final Deque<List<Value>> returns = new ArrayDeque<>();
    final Deque<Jumps> jumps = new ArrayDeque<>();
    /** Data of the exceptions this method may throw, for its summary. */
    final Set<Taint> thrown = new HashSet<>();
    /** One collector per enclosing {@code try} block: the data of what is thrown inside it. */
    final Deque<Set<Taint>> catching = new ArrayDeque<>();

    /** An exception carrying {@code data} is thrown here: the enclosing catch and the callers see it. */
    void thrown(Set<Taint> data) {
        thrown.addAll(data);
        if (!catching.isEmpty()) {
            catching.peek().addAll(data);
        }
    }

    /** The facts at each {@code return} of the method itself (not of a lambda in it). */
    Facts returnFacts = Facts.UNREACHABLE;
    /** Set when the analysis of this body hits one of its bounds (a loop that did not settle, a cut path). */
    boolean approximate;

    Frame(Program program, Optional<MemberRef> member, boolean isStatic, List<SinkEvent> events) {
        this.program = program;
        this.member = member;
        this.thisValue = isStatic ? Value.EMPTY : Value.of(Set.of(Taint.receiver()));
        this.events = events;
    }

    /** The states that left a loop or switch by {@code break} or went to the next iteration by {@code continue}. */
    static final class Jumps {
        final List<State> breaks = new ArrayList<>();
        final List<State> continues = new ArrayList<>();
        final boolean isLoop;

        Jumps(boolean isLoop) {
            this.isLoop = isLoop;
        }
    }

    /** The innermost loop (for {@code continue}) or loop-or-switch (for {@code break}). */
    Jumps target(boolean forContinue) {
        for (Jumps j : jumps) {
            if (j.isLoop || !forContinue) {
                return j;
            }
        }
        return null;
    }
}
