package dev.consentflow.analyzer.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /**
     * Longest path kept. A longer one is cut to this length: the owners it names stay distinct up to
     * that depth, and deeper ones are taken for the same person (real code rarely nests owners deeper).
     */
    public static final int MAX_FIELDS = 8;
    /** An element step: its opening, the root of its key, the rest. */
    private static final Pattern ELEMENT_KEY = Pattern.compile("(\\[|get\\()([^.\\[\\]()]+)(.*)");

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
        if (fields.size() >= MAX_FIELDS) {
            return this;
        }
        List<String> longer = new ArrayList<>(fields);
        longer.add(field);
        return new AccessPath(root, longer);
    }

    /**
     * This path followed by an element step: {@code [key]} for an array element, {@code get(key)} for a
     * collection's or map's {@code get}. The same container read at the same key is the same person.
     *
     * @param key the index or key, rendered as its own access path or literal
     */
    public AccessPath element(String key, boolean array) {
        return child(array ? "[" + key + "]" : "get(" + key + ")");
    }

    /**
     * Whether the local {@code name} occurs in this path, as its root or as the root of an element key:
     * after {@code name} is assigned, the path may stand for someone else.
     */
    public boolean mentions(String name) {
        return names().contains(name);
    }

    /** The names this path is rooted at: its root and the roots of its element keys. */
    public Set<String> names() {
        Set<String> names = new HashSet<>();
        names.add(root);
        for (String f : fields) {
            Matcher m = ELEMENT_KEY.matcher(f);
            if (m.matches()) {
                names.add(m.group(2));
            }
        }
        return names;
    }

    /**
     * The path with its root, and the roots of its element keys, replaced as {@code roots} says;
     * unchanged when none is mapped.
     */
    public AccessPath rebase(Map<String, AccessPath> roots) {
        List<String> steps = new ArrayList<>();
        for (String f : fields) {
            steps.add(rebaseKey(f, roots));
        }
        AccessPath base = roots.get(root);
        if (base == null) {
            return steps.equals(fields) ? this : new AccessPath(root, steps);
        }
        List<String> joined = new ArrayList<>(base.fields);
        joined.addAll(steps);
        return new AccessPath(base.root, joined);
    }

    /** An element step whose key is rooted at a mapped name ({@code [i]}, {@code get(k.id)}) rebased with it. */
    private static String rebaseKey(String step, Map<String, AccessPath> roots) {
        Matcher m = ELEMENT_KEY.matcher(step);
        if (!m.matches() || !roots.containsKey(m.group(2))) {
            return step;
        }
        return m.group(1) + roots.get(m.group(2)) + m.group(3);
    }

    /**
     * A key derived from a person stands for the person (DESIGN §1): {@code user.getUserId()} and
     * {@code c.id} passed to a check are about {@code user} and {@code c}.
     */
    public static AccessPath ownerOfKey(AccessPath path) {
        if (path.fields.isEmpty()) {
            return path;
        }
        String last = path.fields.get(path.fields.size() - 1);
        boolean key = last.equals("id") || last.equals("key") || last.equals("uuid")
                || last.matches(".*[a-z](Id|ID|Key|Uuid|UUID)");
        return key ? new AccessPath(path.root, path.fields.subList(0, path.fields.size() - 1)) : path;
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
        StringBuilder text = new StringBuilder(root);
        for (String f : fields) {
            text.append(f.startsWith("[") ? "" : ".").append(f);
        }
        return text.toString();
    }
}
