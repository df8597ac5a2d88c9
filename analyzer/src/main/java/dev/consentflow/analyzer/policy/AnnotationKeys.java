package dev.consentflow.analyzer.policy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.file.FideslangTaxonomy;
import dev.consentflow.analyzer.policy.file.FideslangTaxonomy.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the Fideslang keys that consentflow annotations in the sources name (DESIGN §1: a key neither in
 * Fideslang 3.2 nor declared under {@code taxonomy:} is an error at file:line): a misspelled purpose or
 * category would silently make a rule miss its data.
 */
public final class AnnotationKeys {
    private AnnotationKeys() {}

    /**
     * @param unit a parsed file
     * @param taxonomy the known keys
     * @param locations where a node stands
     * @return one {@link Diagnostic.Kind#UNKNOWN_KEY} per unknown key, at the key's string literal
     */
    public static List<Diagnostic> check(CompilationUnit unit, FideslangTaxonomy taxonomy,
            Function<Node, Location> locations) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Node node : unit.findAll(Node.class, n -> n instanceof NodeWithAnnotations<?>)) {
            NodeWithAnnotations<?> annotated = (NodeWithAnnotations<?>) node;
            AnnotationReader.find(annotated, "PersonalData").ifPresent(
                    a -> keys(a, "category", Kind.DATA_CATEGORY, taxonomy, locations, problems));
            AnnotationReader.find(annotated, "DataUse").ifPresent(
                    a -> keys(a, "purpose", Kind.DATA_USE, taxonomy, locations, problems));
            AnnotationReader.find(annotated, "ConsentCheck").ifPresent(a -> {
                keys(a, "purpose", Kind.DATA_USE, taxonomy, locations, problems);
                keys(a, "categories", Kind.DATA_CATEGORY, taxonomy, locations, problems);
            });
        }
        return problems;
    }

    private static void keys(AnnotationExpr annotation, String attribute, Kind kind, FideslangTaxonomy taxonomy,
            Function<Node, Location> locations, List<Diagnostic> problems) {
        for (Expression literal : AnnotationReader.literals(annotation, attribute)) {
            String key = literal.asStringLiteralExpr().asString();
            if (!taxonomy.knows(kind, key)) {
                String hint = taxonomy.closest(kind, key).map(k -> " (did you mean " + k + "?)")
                        .orElse(" (declare your own keys under taxonomy: in consentflow.yaml)");
                problems.add(new Diagnostic(Diagnostic.Kind.UNKNOWN_KEY, locations.apply(literal),
                        "unknown Fideslang " + kind.label() + " \"" + key + "\"" + hint));
            }
        }
    }
}
