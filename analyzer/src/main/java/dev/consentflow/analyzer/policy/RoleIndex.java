package dev.consentflow.analyzer.policy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers "is this member a source, a sink, a guard, a sanitizer?" for resolved declarations, from the
 * consentflow annotations in the analyzed sources. A method inherits the role of the method it overrides
 * or implements, and the public methods of a {@code @DataUse} type are sinks. Answers are memoized.
 */
public final class RoleIndex {
    private final Map<String, List<MethodDeclaration>> hierarchies = new HashMap<>();

    /** The {@code @PersonalData} role of a method's return value. */
    public Optional<Roles.Source> sourceOf(ResolvedMethodDeclaration method) {
        return inHierarchy(method, RoleIndex::source);
    }

    /** The {@code @PersonalData} role of a field, or of a parameter declaration. */
    public Optional<Roles.Source> sourceOf(ResolvedValueDeclaration value) {
        return annotated(value).flatMap(RoleIndex::source);
    }

    /** The {@code @PersonalData} role of a parameter declared in the sources. */
    public Optional<Roles.Source> sourceOf(Parameter parameter) {
        return source(parameter);
    }

    /** The {@code @PersonalData} role of a type: every value of the type is personal data. */
    public Optional<Roles.Source> sourceOf(ResolvedType type) {
        if (!type.isReferenceType()) {
            return Optional.empty();
        }
        return type.asReferenceType().getTypeDeclaration()
                .flatMap(ResolvedReferenceTypeDeclaration::toAst)
                .filter(n -> n instanceof TypeDeclaration<?>)
                .flatMap(n -> source((TypeDeclaration<?>) n));
    }

    /** The {@code @DataUse} role of a method, declared on it, on a method it overrides, or on its type. */
    public Optional<Roles.Sink> sinkOf(ResolvedMethodDeclaration method) {
        return inHierarchy(method, m -> AnnotationReader.find(m, "DataUse")
                .or(() -> m.isPublic() || isInterfaceMethod(m) ? typeAnnotation(m, "DataUse") : Optional.empty())
                .map(a -> new Roles.Sink(AnnotationReader.string(a, "purpose", ""),
                        AnnotationReader.enumConstant(a, "legalBasis", "CONSENT"))));
    }

    /** The {@code @ConsentCheck} role of a method. */
    public Optional<Roles.Check> checkOf(ResolvedMethodDeclaration method) {
        return inHierarchy(method, RoleIndex::check);
    }

    /** The {@code @ConsentCheck} role of a {@code boolean} field. */
    public Optional<Roles.Check> checkOf(ResolvedValueDeclaration field) {
        return annotated(field).flatMap(RoleIndex::check);
    }

    /** Whether the method, or one it overrides, is an {@code @Anonymizer}. */
    public boolean isAnonymizer(ResolvedMethodDeclaration method) {
        return inHierarchy(method, m -> AnnotationReader.find(m, "Anonymizer")).isPresent();
    }

    /** The {@code @DataUse} role of a method declared in the sources, for declaration rules. */
    public Optional<Roles.Sink> declaredSink(MethodDeclaration method) {
        return AnnotationReader.find(method, "DataUse")
                .map(a -> new Roles.Sink(AnnotationReader.string(a, "purpose", ""),
                        AnnotationReader.enumConstant(a, "legalBasis", "CONSENT")));
    }

    private static Optional<Roles.Source> source(NodeWithAnnotations<?> node) {
        return AnnotationReader.find(node, "PersonalData").map(a -> new Roles.Source(
                AnnotationReader.strings(a, "category"), AnnotationReader.string(a, "subject", "customer")));
    }

    private static Optional<Roles.Check> check(NodeWithAnnotations<?> node) {
        return AnnotationReader.find(node, "ConsentCheck").map(a -> new Roles.Check(
                AnnotationReader.string(a, "purpose", ""), subject(a),
                AnnotationReader.bool(a, "grantedWhen", true), AnnotationReader.strings(a, "categories")));
    }

    /** A malformed subject falls back to the default; reporting it at file:line is the policy's job. */
    private static SubjectSpec subject(AnnotationExpr check) {
        try {
            return SubjectSpec.parse(AnnotationReader.string(check, "subject", ""));
        } catch (IllegalArgumentException e) {
            return new SubjectSpec(SubjectSpec.DEFAULT);
        }
    }

    private static boolean isInterfaceMethod(MethodDeclaration m) {
        return m.getParentNode().filter(p -> p instanceof ClassOrInterfaceDeclaration c
                && c.isInterface()).isPresent();
    }

    private static Optional<AnnotationExpr> typeAnnotation(MethodDeclaration m, String name) {
        return m.getParentNode()
                .filter(p -> p instanceof TypeDeclaration<?>)
                .flatMap(p -> AnnotationReader.find((TypeDeclaration<?>) p, name));
    }

    /** A field's or parameter's declaration in the sources, as an annotated node. */
    private static Optional<NodeWithAnnotations<?>> annotated(ResolvedValueDeclaration value) {
        Optional<Node> ast;
        try {
            ast = value.toAst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return ast.map(n -> n instanceof VariableDeclarator v ? v.getParentNode().orElse(v) : n)
                .filter(n -> n instanceof FieldDeclaration || n instanceof Parameter)
                .map(n -> (NodeWithAnnotations<?>) n);
    }

    private <T> Optional<T> inHierarchy(ResolvedMethodDeclaration method,
            Function<MethodDeclaration, Optional<T>> role) {
        for (MethodDeclaration declaration : hierarchy(method)) {
            Optional<T> found = role.apply(declaration);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The source declarations of the method and of every method it overrides or implements. */
    private List<MethodDeclaration> hierarchy(ResolvedMethodDeclaration method) {
        String key;
        try {
            key = method.getQualifiedSignature();
        } catch (RuntimeException e) {
            return collectHierarchy(method);
        }
        return hierarchies.computeIfAbsent(key, k -> collectHierarchy(method));
    }

    private static List<MethodDeclaration> collectHierarchy(ResolvedMethodDeclaration method) {
        List<MethodDeclaration> found = new ArrayList<>();
        declaration(method).ifPresent(found::add);
        for (ResolvedReferenceType ancestor : ancestors(method)) {
            ancestor.getTypeDeclaration().ifPresent(type -> {
                for (ResolvedMethodDeclaration candidate : declaredMethods(type)) {
                    if (overrides(method, candidate)) {
                        declaration(candidate).ifPresent(found::add);
                    }
                }
            });
        }
        return found;
    }

    private static Optional<MethodDeclaration> declaration(ResolvedMethodDeclaration method) {
        try {
            return method.toAst().filter(n -> n instanceof MethodDeclaration).map(n -> (MethodDeclaration) n);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<ResolvedReferenceType> ancestors(ResolvedMethodDeclaration method) {
        try {
            return method.declaringType().getAllAncestors();
        } catch (RuntimeException e) {
            // An ancestor outside sources and classpath: roles declared there cannot be seen.
            return List.of();
        }
    }

    private static List<ResolvedMethodDeclaration> declaredMethods(ResolvedReferenceTypeDeclaration type) {
        try {
            return type.getDeclaredMethods().stream().map(m -> (ResolvedMethodDeclaration) m).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static boolean overrides(ResolvedMethodDeclaration method, ResolvedMethodDeclaration candidate) {
        if (!candidate.getName().equals(method.getName())
                || candidate.getNumberOfParams() != method.getNumberOfParams()) {
            return false;
        }
        for (int i = 0; i < method.getNumberOfParams(); i++) {
            if (!sameErasure(method.getParam(i).getType(), candidate.getParam(i).getType())) {
                return false;
            }
        }
        return true;
    }

    /** Parameter types match when equal, or when the overridden one is a type variable (generics). */
    private static boolean sameErasure(ResolvedType a, ResolvedType b) {
        try {
            return b.isTypeVariable() || a.erasure().describe().equals(b.erasure().describe());
        } catch (RuntimeException e) {
            return true;
        }
    }
}
