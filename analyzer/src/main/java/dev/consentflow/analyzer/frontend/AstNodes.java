package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.Node;
import java.util.Optional;

/** Small questions about the AST that JavaParser only answers through unchecked generic varargs. */
public final class AstNodes {
    private AstNodes() {}

    /** The nearest ancestor of {@code node} of the given kind ({@code TypeDeclaration}, {@code CallableDeclaration}). */
    public static <T> Optional<T> enclosing(Node node, Class<T> kind) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent() && !kind.isInstance(parent.get())) {
            parent = parent.get().getParentNode();
        }
        return parent.map(kind::cast);
    }
}
