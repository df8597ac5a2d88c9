package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consentflow.analyzer.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Calls of function values: a lambda, a method reference or an anonymous class instance held in a variable
 * and called later ({@code f.apply(c)}, {@code s.get()}, {@code consumer.accept(email)}). The function's
 * code runs with the call's arguments, in the state of the call.
 */
final class FunctionCalls {
    /** Default methods that build a new function from this one and their argument. */
    private static final Set<String> COMPOSERS = Set.of("andThen", "compose", "and", "or", "negate");

    private final Frame frame;
    private final Expressions ex;
    private final Calls calls;

    FunctionCalls(Frame frame, Expressions ex, Calls calls) {
        this.frame = frame;
        this.ex = ex;
        this.calls = calls;
    }

    /**
     * The value of a call whose receiver may be a function.
     *
     * @return empty when none of the receiver's functions answers the call
     */
    Optional<Value> call(MethodCallExpr call, Value receiver, List<Value> args, List<AccessPath> paths, State s) {
        if (COMPOSERS.contains(call.getNameAsString())) {
            // A composition may run every function it was built from; each gets the call's arguments.
            Value composed = receiver;
            for (Expression arg : call.getArguments()) {
                composed = composed.withFunctions(ex.eval(arg, s).functions());
            }
            return Optional.of(composed);
        }
        Value result = Value.EMPTY;
        boolean applied = false;
        for (FunctionValue f : receiver.functions()) {
            Optional<Value> v = apply(f, call, args, paths, s);
            if (v.isPresent()) {
                result = result.union(v.get());
                applied = true;
            }
        }
        return applied ? Optional.of(result) : Optional.empty();
    }

    private Optional<Value> apply(FunctionValue f, MethodCallExpr call, List<Value> args, List<AccessPath> paths,
            State s) {
        if (f.code() instanceof LambdaExpr l) {
            Statement body = l.getExpressionBody().<Statement>map(e -> new ReturnStmt(e)).orElse(l.getBody());
            if (l.getExpressionBody().isPresent()) {
                // The synthetic return must hang in the tree so that names in the expression resolve.
                body.setParentNode(l);
            }
            return Optional.of(calls.runBody(l.getParameters(), args, paths, body, s));
        }
        if (f.code() instanceof MethodReferenceExpr r) {
            return reference(r, args, paths, s);
        }
        if (f.code() instanceof ObjectCreationExpr o) {
            return o.getAnonymousClassBody().flatMap(body -> body.stream()
                    .filter(m -> m instanceof MethodDeclaration md && md.getNameAsString().equals(call.getNameAsString())
                            && md.getParameters().size() == args.size() && md.getBody().isPresent())
                    .map(m -> (MethodDeclaration) m)
                    .findFirst())
                    .map(m -> calls.runBody(m.getParameters(), args, paths, m.getBody().get(), s));
        }
        return Optional.empty();
    }

    /** {@code Customer::getEmail} applied to {@code (c)}, {@code c::getPhone} to {@code ()}. */
    private Optional<Value> reference(MethodReferenceExpr r, List<Value> args, List<AccessPath> paths, State s) {
        Optional<ResolvedMethodDeclaration> method = frame.program.resolver().method(r);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        ResolvedMethodDeclaration m = method.get();
        Location at = frame.program.location(r);
        if (!m.isStatic() && m.getNumberOfParams() == args.size() - 1 && !args.isEmpty()) {
            return calls.invoke(m, args.get(0), paths.get(0), args.subList(1, args.size()),
                    paths.subList(1, paths.size()), at, r, s);
        }
        Expression scope = r.getScope();
        Value bound = scope.isTypeExpr() ? boundVariable(scope, s) : ex.eval(scope, s);
        AccessPath boundPath = ex.paths().ofReferenceScope(scope, s);
        return calls.invoke(m, bound, boundPath, args, paths, at, r, s);
    }

    /** JavaParser parses {@code c::getPhone} with {@code c} as a type: read it as the variable it is. */
    private Value boundVariable(Expression scope, State s) {
        String name = scope.asTypeExpr().getTypeAsString();
        return frame.locals.contains(name) ? s.get(name) : Value.EMPTY;
    }
}
