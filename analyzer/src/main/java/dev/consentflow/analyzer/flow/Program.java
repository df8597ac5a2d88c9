package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.RoleIndex;
import com.github.javaparser.ast.expr.Expression;
import java.util.List;
import java.util.Optional;

/** What the analysis of one method needs from the whole program. */
interface Program {
    Resolver resolver();

    RoleIndex roles();

    /** The location of a node of a parsed file. */
    Location location(Node node);

    /** The summary of a method whose body is in the sources; empty for library and abstract methods. */
    Optional<Summary> summaryOf(ResolvedMethodDeclaration method);

    /** The summary of a constructor whose body is in the sources. */
    Optional<Summary> summaryOf(ResolvedConstructorDeclaration constructor);

    /**
     * The source methods a call of {@code method} (an interface or abstract method) may dispatch to.
     *
     * @param receiver the call's receiver expression, for narrowing by its allocation type
     */
    List<ResolvedMethodDeclaration> implementations(ResolvedMethodDeclaration method, Optional<Expression> receiver);

    /** The override a call runs when its receiver's allocation type is known and overrides the method. */
    Optional<ResolvedMethodDeclaration> override(ResolvedMethodDeclaration method, Optional<Expression> receiver);

    /** Data written to fields, program-wide. */
    FieldStore fields();

    /** Counts one step of the analysis: a statement or an expression evaluated. */
    void step();
}
