package dev.consentflow.analyzer.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A structural key for "the same person" (after NullAway's {@code AccessPath}): a root (a local variable
 * or parameter name, {@code this}, or an opaque expression) followed by field or getter names, getters
 * normalized to their property ({@code getCustomer()} and {@code customer} are one step). Compared by
 * equality, never by string matching of source text.
 *
 * @param root {@code this}, a variable name, or an opaque key in angle brackets
 * @param fields field and property names, outermost first
 */
public record AccessPath(String root, List<String> fields) {
    public static final AccessPath THIS = new AccessPath("this", List.of());
    /** Stands for "each element" of a collection or stream while a predicate or lambda is judged. */
    public static final AccessPath ELEMENT = new AccessPath("<element>", List.of());

    public AccessPath {
        fields = List.copyOf(fields);
    }

    public static AccessPath local(String name) {
        return new AccessPath(name, List.of());
    }

    /** A root for a value with no path of its own, unique to {@code key} (e.g. a call at a location). */
    public static AccessPath opaque(String key) {
        return new AccessPath("<" + key + ">", List.of());
    }

    /** This path followed by one more field or property. */
    public AccessPath child(String field) {
        List<String> longer = new ArrayList<>(fields);
        longer.add(field);
        return new AccessPath(root, longer);
    }

    /** The path with its root replaced as {@code roots} says; unchanged when its root is not mapped. */
    public AccessPath rebase(Map<String, AccessPath> roots) {
        AccessPath base = roots.get(root);
        if (base == null) {
            return this;
        }
        List<String> joined = new ArrayList<>(base.fields);
        joined.addAll(fields);
        return new AccessPath(base.root, joined);
    }

    /** The property a getter name reads: {@code getEmail} → {@code email}, {@code isOptIn} → {@code optIn}. */
    public static String property(String methodName) {
        for (String prefix : new String[] {"get", "is"}) {
            if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
                    && Character.isUpperCase(methodName.charAt(prefix.length()))) {
                String rest = methodName.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return methodName;
    }

    @Override
    public String toString() {
        return fields.isEmpty() ? root : root + "." + String.join(".", fields);
    }
}
