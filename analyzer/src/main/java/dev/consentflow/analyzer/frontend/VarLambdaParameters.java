package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.type.UnknownType;

/**
 * Rewrites {@code (var c) -> …} to {@code c -> …}, which means the same (JLS 15.27.1): JavaParser's
 * solver infers the type of an implicit lambda parameter from the call, but not of a {@code var} one, and
 * every call on such a parameter would stay unresolved.
 */
final class VarLambdaParameters {
    private VarLambdaParameters() {}

    static void makeImplicit(CompilationUnit unit) {
        for (LambdaExpr lambda : unit.findAll(LambdaExpr.class)) {
            for (Parameter parameter : lambda.getParameters()) {
                if (parameter.getType().isVarType() && parameter.getAnnotations().isEmpty()) {
                    parameter.setType(new UnknownType());
                }
            }
        }
    }
}
