package dev.consentflow.analyzer.policy;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Optional;

/** The roles the consentflow annotations in the analyzed sources give to one declaration. */
final class SourceAnnotations {
    private SourceAnnotations() {}

    static Optional<Roles.Source> source(NodeWithAnnotations<?> node) {
        return AnnotationReader.find(node, SourceNames.ANNOTATION).map(a -> new Roles.Source(
                AnnotationReader.strings(a, "category"), AnnotationReader.string(a, "subject", "customer")));
    }

    /** {@code @DataUse} on the method, or on its type when the method is public. */
    static Optional<Roles.Sink> sink(MethodDeclaration m) {
        return AnnotationReader.find(m, "DataUse")
                .or(() -> m.isPublic() || isInterfaceMethod(m) ? typeAnnotation(m, "DataUse") : Optional.empty())
                .map(SourceAnnotations::sink);
    }

    static Optional<Roles.Sink> declaredSink(NodeWithAnnotations<?> member) {
        return AnnotationReader.find(member, "DataUse").map(SourceAnnotations::sink);
    }

    private static Roles.Sink sink(AnnotationExpr a) {
        return new Roles.Sink(AnnotationReader.string(a, "purpose", ""),
                AnnotationReader.enumConstant(a, "legalBasis", "CONSENT"));
    }

    static Optional<Roles.Check> check(NodeWithAnnotations<?> node) {
        return AnnotationReader.find(node, "ConsentCheck").map(a -> new Roles.Check(
                AnnotationReader.string(a, "purpose", ""), subject(a),
                AnnotationReader.bool(a, "grantedWhen", true), AnnotationReader.strings(a, "categories")));
    }

    static boolean anonymizer(MethodDeclaration m) {
        return AnnotationReader.find(m, "Anonymizer").isPresent();
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
        return m.getParentNode().filter(p -> p instanceof ClassOrInterfaceDeclaration c && c.isInterface()).isPresent();
    }

    private static Optional<AnnotationExpr> typeAnnotation(MethodDeclaration m, String name) {
        return m.getParentNode()
                .filter(p -> p instanceof TypeDeclaration<?>)
                .flatMap(p -> AnnotationReader.find((TypeDeclaration<?>) p, name));
    }
}
