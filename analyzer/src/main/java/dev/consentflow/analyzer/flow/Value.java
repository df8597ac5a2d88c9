package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Cond;
import dev.consentflow.analyzer.guard.Consent;
import java.util.HashMap;
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
public record Value(Set<Taint> taints, Cond cond, Set<Consent> elementConsents, Set<FunctionValue> functions,
        Map<String, Set<Taint>> fields) {
    public static final Value EMPTY = new Value(Set.of(), Cond.NONE, Set.of(), Set.of(), Map.of());

    /**
     * @param taints all the data the value carries
     * @param fields for an object, which of that data is known to sit in which field: reading a field
     *     gives that field's data and the data not attributed to any field
     */
    public Value {
        taints = Set.copyOf(taints);
        elementConsents = Set.copyOf(elementConsents);
        functions = Set.copyOf(functions);
        fields = Map.copyOf(fields);
    }

    public Value(Set<Taint> taints, Cond cond, Set<Consent> elementConsents) {
        this(taints, cond, elementConsents, Set.of(), Map.of());
    }

    /** The data read from field {@code name} of this object. */
    public Value readField(String name) {
        Set<Taint> read = new HashSet<>(fields.getOrDefault(name, Set.of()));
        Set<Taint> attributed = null;
        for (Taint t : taints) {
            if (t.isPlaceholder()) {
                read.add(t.withField(name));
                continue;
            }
            if (attributed == null) {
                attributed = new HashSet<>();
                fields.values().forEach(attributed::addAll);
            }
            if (!attributed.contains(t)) {
                read.add(t);
            }
        }
        return Value.of(read);
    }

    /** This object after {@code data} was stored in its field {@code name}. */
    public Value withField(String name, Set<Taint> data) {
        if (data.isEmpty()) {
            return this;
        }
        Set<Taint> all = new HashSet<>(taints);
        all.addAll(data);
        Map<String, Set<Taint>> byField = new HashMap<>(fields);
        Set<Taint> inField = new HashSet<>(byField.getOrDefault(name, Set.of()));
        inField.addAll(data);
        byField.put(name, Set.copyOf(inField));
        return new Value(all, cond, elementConsents, functions, byField);
    }

    /** The value of a lambda, a method reference or an anonymous class instance. */
    static Value function(FunctionValue function) {
        return new Value(Set.of(), Cond.NONE, Set.of(), Set.of(function), Map.of());
    }

    /** This value, also being the functions of {@code other}. */
    Value withFunctions(Set<FunctionValue> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<FunctionValue> all = new HashSet<>(functions);
        all.addAll(more);
        return new Value(taints, cond, elementConsents, all, fields);
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
        Map<String, Set<Taint>> byField = new HashMap<>(fields);
        other.fields.forEach((name, data) -> byField.merge(name, data, (a, b) -> {
            Set<Taint> both = new HashSet<>(a);
            both.addAll(b);
            return both;
        }));
        return new Value(all, cond.merge(other.cond), elements, fns, byField);
    }

    /** The same data, without what a boolean or an element filter said. */
    public Value dataOnly() {
        return cond.isNone() && elementConsents.isEmpty() ? this
                : new Value(taints, Cond.NONE, Set.of(), functions, fields);
    }

    public Value mapTaints(UnaryOperator<Taint> f) {
        Set<Taint> mapped = new HashSet<>();
        taints.forEach(t -> mapped.add(f.apply(t)));
        Map<String, Set<Taint>> byField = new HashMap<>();
        fields.forEach((name, data) -> {
            Set<Taint> m = new HashSet<>();
            data.forEach(t -> m.add(f.apply(t)));
            byField.put(name, m);
        });
        return new Value(mapped, cond, elementConsents, functions, byField);
    }

    public Value withElementConsents(Set<Consent> more) {
        Set<Consent> all = new HashSet<>(elementConsents);
        all.addAll(more);
        return new Value(taints, cond, all, functions, fields);
    }

    public Value rebase(Map<String, AccessPath> roots) {
        Value moved = mapTaints(t -> t.rebase(roots));
        return new Value(moved.taints, cond.rebase(roots), elementConsents, functions, moved.fields);
    }
}
