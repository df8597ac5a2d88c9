package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Cond;
import dev.consentflow.analyzer.guard.Consent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The abstract value of an expression: the personal data it carries, what it says about consent when it
 * is a boolean, and the consents that hold for each of its elements when it is a collection or stream
 * (their subject is {@link AccessPath#ELEMENT}), and the functions it may be when it is a lambda, a
 * method reference or an anonymous class instance. Immutable.
 */
public record Value(Set<Taint> taints, Cond cond, Set<Consent> elementConsents, Set<FunctionValue> functions) {
    public static final Value EMPTY = new Value(Set.of(), Cond.NONE, Set.of(), Set.of());

    public Value {
        taints = Set.copyOf(taints);
        elementConsents = Set.copyOf(elementConsents);
        functions = Set.copyOf(functions);
    }

    public Value(Set<Taint> taints, Cond cond, Set<Consent> elementConsents) {
        this(taints, cond, elementConsents, Set.of());
    }

    /** The value of a lambda, a method reference or an anonymous class instance. */
    static Value function(FunctionValue function) {
        return new Value(Set.of(), Cond.NONE, Set.of(), Set.of(function));
    }

    /** This value, also being the functions of {@code other}. */
    Value withFunctions(Set<FunctionValue> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<FunctionValue> all = new HashSet<>(functions);
        all.addAll(more);
        return new Value(taints, cond, elementConsents, all);
    }

    public static Value of(Set<Taint> taints) {
        return new Value(taints, Cond.NONE, Set.of());
    }

    public static Value of(Cond cond) {
        return new Value(Set.of(), cond, Set.of());
    }

    public boolean isTainted() {
        return !taints.isEmpty();
    }

    /** The data of both values (for {@code +}, library calls, merges); conditions and elements merged. */
    public Value union(Value other) {
        if (other == EMPTY || other.equals(this)) {
            return this;
        }
        if (this == EMPTY) {
            return other;
        }
        Set<Taint> all = new HashSet<>(taints);
        all.addAll(other.taints);
        Set<Consent> elements = new HashSet<>(elementConsents);
        elements.retainAll(other.elementConsents);
        Set<FunctionValue> fns = new HashSet<>(functions);
        fns.addAll(other.functions);
        return new Value(all, cond.merge(other.cond), elements, fns);
    }

    /** The same data, without what a boolean or an element filter said. */
    public Value dataOnly() {
        return cond.isNone() && elementConsents.isEmpty() ? this : Value.of(taints).withFunctions(functions);
    }

    public Value mapTaints(UnaryOperator<Taint> f) {
        Set<Taint> mapped = new HashSet<>();
        taints.forEach(t -> mapped.add(f.apply(t)));
        return new Value(mapped, cond, elementConsents, functions);
    }

    public Value withElementConsents(Set<Consent> more) {
        Set<Consent> all = new HashSet<>(elementConsents);
        all.addAll(more);
        return new Value(taints, cond, all, functions);
    }

    public Value rebase(Map<String, AccessPath> roots) {
        Value moved = mapTaints(t -> t.rebase(roots));
        return new Value(moved.taints, cond.rebase(roots), elementConsents, functions);
    }
}
