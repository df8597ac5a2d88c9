package dev.consentflow.analyzer.policy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads consentflow annotations from the AST by name, through the file's imports, so that they are
 * recognized even when the annotations jar is not on the analysis classpath.
 */
final class AnnotationReader {
    static final String PACKAGE = "dev.consentflow.annotations";

    private AnnotationReader() {}

    /** The annotation {@code dev.consentflow.annotations.<simpleName>} on {@code node}, if present. */
    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String name = annotation.getNameAsString();
            if (name.equals(PACKAGE + "." + simpleName)
                    || name.equals(simpleName) && imported((Node) annotation, simpleName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    private static boolean imported(Node node, String simpleName) {
        Optional<CompilationUnit> unit = node.findCompilationUnit();
        if (unit.isEmpty()) {
            return false;
        }
        boolean samePackage = unit.get().getPackageDeclaration()
                .map(p -> p.getNameAsString().equals(PACKAGE)).orElse(false);
        return samePackage || unit.get().getImports().stream().anyMatch(i -> imports(i, simpleName));
    }

    private static boolean imports(ImportDeclaration i, String simpleName) {
        if (i.isStatic()) {
            return false;
        }
        String name = i.getNameAsString();
        return i.isAsterisk() ? name.equals(PACKAGE) : name.equals(PACKAGE + "." + simpleName);
    }

    /** The attribute's value expression, if written. */
    static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    static String string(AnnotationExpr annotation, String name, String fallback) {
        return attribute(annotation, name).flatMap(AnnotationReader::stringValue).orElse(fallback);
    }

    /** A {@code String[]} attribute: an array initializer or a single string. */
    static List<String> strings(AnnotationExpr annotation, String name) {
        List<String> values = new ArrayList<>();
        attribute(annotation, name).ifPresent(value -> {
            List<Expression> elements = value instanceof ArrayInitializerExpr array
                    ? array.getValues() : List.of(value);
            elements.forEach(e -> stringValue(e).ifPresent(values::add));
        });
        return values;
    }

    /** The string literals of an attribute, for positions in messages. */
    static List<Expression> literals(AnnotationExpr annotation, String name) {
        List<Expression> found = new ArrayList<>();
        attribute(annotation, name).ifPresent(value -> {
            List<Expression> elements = value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
            elements.stream().filter(Expression::isStringLiteralExpr).forEach(found::add);
        });
        return found;
    }

    static boolean bool(AnnotationExpr annotation, String name, boolean fallback) {
        return attribute(annotation, name)
                .filter(Expression::isBooleanLiteralExpr)
                .map(e -> ((BooleanLiteralExpr) e).getValue())
                .orElse(fallback);
    }

    /** An enum attribute written {@code LegalBasis.CONTRACT} or, statically imported, {@code CONTRACT}. */
    static String enumConstant(AnnotationExpr annotation, String name, String fallback) {
        return attribute(annotation, name).map(e -> {
            if (e instanceof FieldAccessExpr field) {
                return field.getNameAsString();
            }
            return e instanceof NameExpr simple ? simple.getNameAsString() : fallback;
        }).orElse(fallback);
    }

    private static Optional<String> stringValue(Expression e) {
        return e instanceof StringLiteralExpr literal ? Optional.of(literal.asString()) : Optional.empty();
    }
}
