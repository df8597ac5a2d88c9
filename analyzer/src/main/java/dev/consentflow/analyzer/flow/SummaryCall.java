package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.guard.Facts;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a callee's {@link Summary} at one call site: the callee's paths are rebased onto the caller's
 * (parameters onto the arguments' paths, {@code this} onto the receiver's), its placeholders replaced by
 * the data the caller passes, its uses lifted to the call site with the caller's facts added, and the
 * data it stores in its receiver added to the receiver.
 */
final class SummaryCall {
    private final Summary summary;
    private final List<Value> args;
    private final Map<String, AccessPath> roots = new HashMap<>();
    private final Value receiverAfter;
    /** Placeholder → the caller's data after the call: a callee's uses share a few placeholders. */
    private final Map<Taint, Set<Taint>> afterCall = new HashMap<>();

    /**
     * What the call gives back.
     *
     * @param returned the call's value
     * @param receiverAfter what the receiver holds after the call (for {@code new}, the new object)
     */
    record Result(Value returned, Value receiverAfter, Map<Integer, Set<Taint>> argumentWrites) {}

    private SummaryCall(Summary summary, boolean isStatic, Value receiver, AccessPath receiverPath,
            List<Value> args, List<AccessPath> paths, String member) {
        this.summary = summary;
        this.args = args;
        for (int i = 0; i < summary.parameters().size(); i++) {
            roots.put(summary.parameters().get(i),
                    i < paths.size() ? paths.get(i) : AccessPath.opaque(member + "#" + i));
        }
        if (!isStatic) {
            roots.put(AccessPath.THIS.root(), receiverPath);
        }
        Set<Taint> written = new HashSet<>();
        summary.receiverWrites().forEach(t -> written.addAll(concrete(t, receiver)));
        Value after = receiver.union(Value.of(written));
        for (Map.Entry<String, Set<Taint>> field : summary.receiverFieldWrites().entrySet()) {
            Set<Taint> data = new HashSet<>();
            field.getValue().forEach(t -> data.addAll(concrete(t, receiver)));
            after = after.withField(field.getKey(), data);
        }
        this.receiverAfter = after;
    }

    /**
     * @param receiver the receiver's value before the call ({@link Value#EMPTY} for static calls and
     *     {@code new})
     * @param frame where lifted uses are recorded
     */
    static Result apply(Frame frame, Summary summary, boolean isStatic, Value receiver, AccessPath receiverPath,
            List<Value> args, List<AccessPath> paths, Location at, String member, State s) {
        SummaryCall call = new SummaryCall(summary, isStatic, receiver.dataOnly(), receiverPath, args, paths, member);
        call.liftUses(frame, at, member, s);
        Set<Taint> thrown = new HashSet<>();
        summary.thrown().forEach(t -> thrown.addAll(call.concrete(t, call.receiverAfter)));
        frame.thrown(thrown);
        // A helper that returns only when consent holds is a check for its caller.
        for (Consent ensured : summary.ensures()) {
            s.facts = s.facts.and(Facts.of(ensured.rebase(call.roots)));
        }
        return new Result(call.returned(at, member, s), call.receiverAfter, call.argumentWrites(at, member));
    }

    private void liftUses(Frame frame, Location at, String member, State s) {
        FlowStep passed = new FlowStep(FlowStep.Kind.STEP, at, "passed to " + member);
        for (SinkEvent e : summary.events()) {
            if (e.taint().isPlaceholder()) {
                Set<Taint> arrived = afterCall.computeIfAbsent(e.taint(), t -> concrete(t, receiverAfter));
                if (arrived.isEmpty()) {
                    continue;
                }
                Facts facts = s.facts.and(e.facts().rebase(roots));
                // The caller's data is judged with the caller's facts; the finding stands at the call
                // only when the callee's callers are trusted, else at the sink (DESIGN §1).
                SinkEvent use = summary.callersTrusted() ? e : new SinkEvent(e.location(), e.taint(), e.sink(),
                        e.sinkMember(), e.facts(), e.approximate(), true);
                List<FlowStep> onward = new ArrayList<>(List.of(passed));
                onward.addAll(e.taint().trail());
                for (Taint a : arrived) {
                    frame.events.add(use.lifted(at, a.followedBy(onward), facts));
                }
            } else {
                Facts facts = s.facts.and(e.facts().rebase(roots));
                FlowStep via = new FlowStep(FlowStep.Kind.STEP, at, "used through the call of " + member);
                frame.events.add(e.lifted(at, e.taint().rebase(roots).withStepBeforeLast(via), facts));
            }
        }
    }

    private Value returned(Location at, String member, State s) {
        FlowStep step = new FlowStep(FlowStep.Kind.STEP, at, "returned by " + member);
        Value r = summary.returns();
        Value object = r.taints().stream().anyMatch(t -> t.isReceiver() && t.field() == null)
                // return this: the receiver itself, with what is known of its fields (a fluent builder).
                ? receiverAfter : Value.EMPTY;
        Map<String, Set<Taint>> fields = new HashMap<>();
        r.fields().forEach((name, data) -> fields.put(name, moved(data, step, s)));
        Set<Taint> own = new HashSet<>(r.taints());
        own.removeIf(t -> t.isReceiver() && t.field() == null);
        return new Value(moved(own, step, s), r.cond().rebase(roots), r.elementConsents(), Set.of(), fields)
                .union(object);
    }

    /** The caller-side data the callee stored into the contents of each argument. */
    private Map<Integer, Set<Taint>> argumentWrites(Location at, String member) {
        FlowStep step = new FlowStep(FlowStep.Kind.STEP, at, "stored into an argument by " + member);
        Map<Integer, Set<Taint>> written = new HashMap<>();
        summary.parameterWrites().forEach((index, data) -> {
            Set<Taint> out = new HashSet<>();
            data.forEach(t -> concrete(t, receiverAfter).forEach(c -> out.add(c.withStep(step))));
            written.put(index, out);
        });
        return written;
    }

    /** Callee-side data as the caller sees it after the call, read while the caller's facts hold. */
    private Set<Taint> moved(Set<Taint> data, FlowStep step, State s) {
        Set<Taint> out = new HashSet<>();
        for (Taint t : data) {
            for (Taint moved : concrete(t, receiverAfter)) {
                Taint carried = t.isPlaceholder() ? moved
                        : moved.withCarried(Expressions.consentsFor(moved.subject(), s));
                out.add(carried.withStep(step));
            }
        }
        return out;
    }

    /** The caller-side data a callee-side taint stands for. */
    private Set<Taint> concrete(Taint t, Value receiver) {
        if (!t.isPlaceholder()) {
            return Set.of(t.rebase(roots));
        }
        Value whole = t.isReceiver() ? receiver : argument(t.parameterIndex());
        return t.field() == null ? whole.taints() : whole.readField(t.field()).taints();
    }

    /** The argument for parameter {@code index}; a varargs parameter gets all remaining arguments. */
    private Value argument(int index) {
        if (index >= args.size()) {
            return Value.EMPTY;
        }
        boolean last = index == summary.parameters().size() - 1;
        if (!last) {
            return args.get(index);
        }
        return args.subList(index, args.size()).stream().reduce(Value.EMPTY, Value::union);
    }
}
