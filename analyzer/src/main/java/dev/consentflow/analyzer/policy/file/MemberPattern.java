package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.policy.MemberRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member pattern of {@code consentflow.yaml}: {@code Type ('#' member ('(' ('..' | params) ')')?)?}.
 *
 * <ul>
 *   <li>{@code com.acme.Customer}: the type itself; for {@code personalData} every value of it, elsewhere
 *       every member of it.</li>
 *   <li>{@code com.acme.Customer#email} (no parentheses): the field {@code email} and every method named
 *       {@code email}, whatever its parameters (a record component is both).</li>
 *   <li>{@code com.acme.Mailer#send(..)}: every method named {@code send}; {@code #send()} only the
 *       parameterless one; {@code #send(java.lang.String, int[], java.lang.Object...)} exactly these erased
 *       parameter types.</li>
 * </ul>
 * A nested type is written {@code Outer$Inner} or {@code Outer.Inner}: both are read as
 * {@code Outer.Inner}, the form of {@link MemberRef#type()}, so matching is string equality and needs no
 * knowledge of which prefix is a package. Parameter types are qualified ({@code java.lang.String}) or
 * primitive keywords, arrays {@code []}, varargs {@code ...} (the same as {@code []}); generic arguments
 * are left out, as erasure does.
 */
public final class MemberPattern {
    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    private final String text;
    private final String type;
    private final String member;
    private final List<String> parameters;
    private final boolean methodOnly;

    private MemberPattern(String text, String type, String member, List<String> parameters, boolean methodOnly) {
        this.text = text;
        this.type = type;
        this.member = member;
        this.parameters = parameters;
        this.methodOnly = methodOnly;
    }

    /**
     * Parses a pattern; surrounding and inner blanks around parameters are ignored.
     *
     * @throws IllegalArgumentException when {@code text} does not follow the grammar, with a one-line
     *     message naming the pattern and what is wrong
     */
    public static MemberPattern parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw malformed(t, "the pattern is empty");
        }
        int hash = t.indexOf('#');
        String type = typeName(t, hash < 0 ? t : t.substring(0, hash));
        if (hash < 0) {
            return new MemberPattern(t, type, null, null, false);
        }
        String rest = t.substring(hash + 1);
        int open = rest.indexOf('(');
        String name = open < 0 ? rest : rest.substring(0, open);
        if (!isIdentifier(name)) {
            throw malformed(t, name.isEmpty() ? "no member name after #" : "\"" + name + "\" is not a member name");
        }
        if (open < 0) {
            return new MemberPattern(t, type, name, null, false);
        }
        if (!rest.endsWith(")") || rest.indexOf(')') != rest.length() - 1) {
            throw malformed(t, "the parameter list must end the pattern with \")\"");
        }
        String inside = rest.substring(open + 1, rest.length() - 1).strip();
        if (inside.equals("..")) {
            return new MemberPattern(t, type, name, null, true);
        }
        return new MemberPattern(t, type, name, parameters(t, inside), true);
    }

    /** A type name with {@code $} for nesting read as {@code .}, as {@link MemberRef#type()} writes it. */
    public static String normalize(String typeName) {
        return typeName.replace('$', '.');
    }

    /** Whether the pattern names a member ({@code Type#member}) rather than a whole type. */
    public boolean namesMember() {
        return member != null;
    }

    /** Whether the pattern names methods only: it has a parameter list, {@code (..)} included. */
    public boolean isMethodOnly() {
        return methodOnly;
    }

    /** The type, nested types joined by {@code .}. */
    public String type() {
        return type;
    }

    /** The member name, empty for a bare type. */
    public Optional<String> member() {
        return Optional.ofNullable(member);
    }

    /** The exact erased parameter types, empty when any parameters match (or for a bare type). */
    public Optional<List<String>> parameters() {
        return Optional.ofNullable(parameters);
    }

    /**
     * Whether {@code ref} is a member this pattern names: same type (after {@link #normalize}), and for a
     * pattern with a member the same name, kind and parameters as described in the class comment. A bare
     * type matches every member of the type.
     */
    public boolean matches(MemberRef ref) {
        if (!matchesType(ref.type())) {
            return false;
        }
        if (member == null) {
            return true;
        }
        if (!member.equals(ref.name()) || methodOnly && !ref.isMethod()) {
            return false;
        }
        return parameters == null || ref.parameters().map(p -> p.stream().map(MemberPattern::normalize).toList())
                .filter(parameters::equals).isPresent();
    }

    /** Whether the pattern's type is {@code typeName} ({@code $} or {@code .} for nesting). */
    public boolean matchesType(String typeName) {
        return type.equals(normalize(typeName));
    }

    /** The pattern as written, without surrounding blanks. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberPattern other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static String typeName(String pattern, String name) {
        if (name.isEmpty()) {
            throw malformed(pattern, "no type before #");
        }
        for (String part : name.split("[.$]", -1)) {
            if (!isIdentifier(part)) {
                throw malformed(pattern, "\"" + name + "\" is not a qualified type name");
            }
        }
        return normalize(name);
    }

    private static List<String> parameters(String pattern, String inside) {
        List<String> result = new ArrayList<>();
        if (inside.isEmpty()) {
            return result;
        }
        String[] parts = inside.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            result.add(parameter(pattern, parts[i].strip(), i == parts.length - 1));
        }
        return List.copyOf(result);
    }

    private static String parameter(String pattern, String param, boolean last) {
        String base = param;
        String suffix = "";
        if (base.endsWith("...")) {
            if (!last) {
                throw malformed(pattern, "only the last parameter can be varargs (...)");
            }
            base = base.substring(0, base.length() - 3).strip();
            suffix = "[]";
        }
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2).strip();
            suffix = "[]" + suffix;
        }
        if (base.isEmpty()) {
            throw malformed(pattern, "a parameter type is missing");
        }
        if (base.contains("<")) {
            throw malformed(pattern, "\"" + param + "\" is not erased: leave out the type arguments <...>");
        }
        if (PRIMITIVES.contains(base)) {
            return base + suffix;
        }
        // A bare simple name would never match: MemberRef parameters are qualified. It is almost always a
        // java.lang type written as in source, so say so rather than let the entry match nothing.
        if (!base.contains(".") && isIdentifier(base)) {
            throw malformed(pattern, "parameter type \"" + base + "\" is not qualified (e.g. java.lang.String)");
        }
        return typeName(pattern, base) + suffix;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$');
    }

    private static IllegalArgumentException malformed(String pattern, String reason) {
        return new IllegalArgumentException("malformed member pattern \"" + pattern + "\": " + reason
                + "; expected Type, Type#member or Type#method(params)");
    }
}
