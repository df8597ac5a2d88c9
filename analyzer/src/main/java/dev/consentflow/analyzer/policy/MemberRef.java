package dev.consentflow.analyzer.policy;

import java.util.List;
import java.util.Optional;

/**
 * A member as role declarations outside the sources name it (a class file, {@code consentflow.yaml}).
 *
 * @param type the declaring type's qualified name, nested types joined by {@code .}
 *     ({@code com.acme.Outer.Inner})
 * @param name the method or field name
 * @param parameters for a method, its erased parameter types: qualified names ({@code java.lang.String}),
 *     primitives by keyword, arrays and varargs as {@code []} ({@code java.lang.String[]}); empty for a field
 */
public record MemberRef(String type, String name, Optional<List<String>> parameters) {
    public MemberRef {
        parameters = parameters.map(List::copyOf);
    }

    public static MemberRef method(String type, String name, List<String> parameters) {
        return new MemberRef(type, name, Optional.of(parameters));
    }

    public static MemberRef field(String type, String name) {
        return new MemberRef(type, name, Optional.empty());
    }

    public boolean isMethod() {
        return parameters.isPresent();
    }

    /** {@code com.acme.Mailer#send(java.lang.String)} or {@code com.acme.Customer#email}. */
    @Override
    public String toString() {
        return type + "#" + name + parameters.map(p -> "(" + String.join(", ", p) + ")").orElse("");
    }
}
