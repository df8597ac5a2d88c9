package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.consentflow.analyzer.frontend.AstNodes;
import dev.consentflow.analyzer.frontend.Resolver;
import java.util.Optional;
import java.util.Set;

/**
 * Getters that Lombok generates and the sources therefore do not declare: {@code getEmail()} (or
 * {@code isActive()} for a {@code boolean}) of a non-static field, in a type annotated {@code @Getter},
 * {@code @Data} or {@code @Value}, or of a field annotated {@code @Getter}. A call to one reads the field,
 * so a {@code @PersonalData} field stays a source and a {@code @ConsentCheck} flag a guard. Lombok need
 * not be on the classpath: its annotations are known by simple name where the file imports {@code lombok}
 * (Spring's {@code @Value} is another annotation), or by their qualified name.
 */
final class LombokAccessors {
    private static final String PACKAGE = "lombok";
    private static final Set<String> ON_TYPE = Set.of("Getter", "Data", "Value");
    private static final String ON_FIELD = "Getter";

    private LombokAccessors() {}

    /**
     * The field whose generated getter {@code call} invokes; empty when the call has arguments, its
     * receiver's type is not in the sources, or no Lombok-annotated field matches its name.
     */
    static Optional<ResolvedValueDeclaration> field(MethodCallExpr call, Resolver resolver) {
        if (!call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = call.getScope().isPresent()
                ? call.getScope().flatMap(resolver::type).flatMap(LombokAccessors::declaration)
                : AstNodes.enclosing(call, TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        boolean wholeType = annotated(owner.get(), ON_TYPE);
        for (FieldDeclaration field : owner.get().getFields()) {
            if (field.isStatic() || !(wholeType || annotated(field, Set.of(ON_FIELD)))) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (getterName(variable).equals(call.getNameAsString())) {
                    return resolved(variable);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TypeDeclaration<?>> declaration(ResolvedType type) {
        try {
            if (!type.isReferenceType()) {
                return Optional.empty();
            }
            return type.asReferenceType().getTypeDeclaration().flatMap(d -> d.toAst())
                    .filter(n -> n instanceof TypeDeclaration<?>).map(n -> (TypeDeclaration<?>) n);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ResolvedValueDeclaration> resolved(VariableDeclarator variable) {
        try {
            return Optional.of(variable.resolve());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Lombok's rule: {@code is} + the capitalized name for a primitive {@code boolean}, else {@code get}. */
    private static String getterName(VariableDeclarator variable) {
        String name = variable.getNameAsString();
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (variable.getType().isPrimitiveType() && variable.getTypeAsString().equals("boolean")) {
            return name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
                    ? name : "is" + capitalized;
        }
        return "get" + capitalized;
    }

    private static boolean annotated(NodeWithAnnotations<?> node, Set<String> names) {
        for (AnnotationExpr a : node.getAnnotations()) {
            String name = a.getNameAsString();
            if (name.startsWith(PACKAGE + ".") && names.contains(name.substring(PACKAGE.length() + 1))) {
                return true;
            }
            if (names.contains(name) && importsLombok((Node) node, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean importsLombok(Node node, String simpleName) {
        return node.findCompilationUnit().map(CompilationUnit::getImports).stream().flatMap(l -> l.stream())
                .filter(i -> !i.isStatic())
                .map(ImportDeclaration::getNameAsString)
                .anyMatch(i -> i.equals(PACKAGE) || i.equals(PACKAGE + "." + simpleName));
    }
}
