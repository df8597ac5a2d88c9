package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;

/**
 * A function value: a lambda, a method reference or an anonymous class instance that a variable holds
 * and that is called later ({@code Supplier<String> s = () -> c.getEmail(); s.get()}). Equal by the
 * identity of the code it names.
 *
 * @param code the {@code LambdaExpr}, {@code MethodReferenceExpr} or anonymous {@code ObjectCreationExpr}
 */
record FunctionValue(Node code) {
    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionValue f && f.code == code;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(code);
    }
}
