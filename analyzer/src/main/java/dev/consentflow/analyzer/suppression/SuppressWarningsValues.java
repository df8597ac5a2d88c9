package dev.consentflow.analyzer.suppression;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import java.util.stream.Stream;

/** The strings of a {@code @SuppressWarnings} annotation as written in the source. */
final class SuppressWarningsValues {
    private SuppressWarningsValues() {}

    /** Whether {@code annotation} is {@code @SuppressWarnings} or {@code @java.lang.SuppressWarnings}. */
    static boolean isSuppressWarnings(AnnotationExpr annotation) {
        String name = annotation.getNameAsString();
        return name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings");
    }

    /**
     * The string literals of its {@code value}: {@code ("a")}, {@code ({"a", "b"})} or
     * {@code (value = ...)}. A constant or a concatenation is not read: suppressions are written out.
     */
    static List<String> of(AnnotationExpr annotation) {
        Stream<Expression> values;
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            values = Stream.of(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            values = normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value")).map(p -> p.getValue());
        } else {
            values = Stream.empty();
        }
        return values.flatMap(v -> v instanceof ArrayInitializerExpr array ? array.getValues().stream() : Stream.of(v))
                .filter(Expression::isStringLiteralExpr)
                .map(v -> ((StringLiteralExpr) v).asString())
                .toList();
    }
}
