package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consentflow.analyzer.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the code of lambdas, method references and anonymous or local classes in place, in the state of
 * the point where it runs: a call's functional argument on the elements of the call's receiver
 * ({@code filter}, {@code map}, {@code forEach}); a function value held in a variable at the call that
 * applies it ({@code f.apply(c)}, {@code s.get()}, {@code consumer.accept(email)}), with the call's
 * arguments; the methods of an anonymous or local class where the class is written.
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
     * A call's lambda or method-reference argument applied to the elements of {@code receiver}.
     *
     * @param predicate whether the call filters by it ({@code filter}, {@code removeIf})
     * @return the value it returns
     */
    Value onElements(Expression function, Value receiver, State s, boolean predicate) {
        return function instanceof LambdaExpr l ? lambda(l, receiver, s, predicate)
                : methodReference(function.asMethodReferenceExpr(), receiver, s, predicate);
    }

    /**
     * Runs a lambda's body with its first parameter bound to an element of {@code receiver}: the element's
     * data, and the consents that hold for each element. For a predicate the parameter stands for
     * {@link AccessPath#ELEMENT}, so that what the predicate checks becomes a fact about every element.
     *
     * @return the value the lambda returns
     */
    Value lambda(LambdaExpr l, Value receiver, State s, boolean predicate) {
        State inner = s.copy();
        List<String> names = new ArrayList<>();
        for (Parameter p : l.getParameters()) {
            String name = p.getNameAsString();
            names.add(name);
            frame.locals.add(name);
            inner.env.put(name, Elements.of(receiver, AccessPath.local(name)));
            inner.aliases.remove(name);
        }
        if (!names.isEmpty()) {
            if (predicate) {
                inner.aliases.put(names.get(0), AccessPath.ELEMENT);
            } else {
                inner = inner.assume(Elements.facts(receiver, AccessPath.local(names.get(0))));
            }
        }
        Value result;
        if (l.getExpressionBody().isPresent()) {
            result = ex.eval(l.getExpressionBody().get(), inner);
        } else {
            frame.returns.push(new ArrayList<>());
            ex.statements().exec(l.getBody(), inner);
            result = frame.returns.pop().stream().reduce(Value.EMPTY, Value::union);
        }
        for (String name : names) {
            inner.env.remove(name);
        }
        Expressions.mergeEnv(s, inner);
        return result;
    }

    /** A method reference applied to an element of {@code receiver} ({@link AccessPath#ELEMENT}). */
    private Value methodReference(MethodReferenceExpr r, Value receiver, State s, boolean predicate) {
        Value element = Elements.of(receiver, AccessPath.ELEMENT);
        Optional<ResolvedMethodDeclaration> method = frame.program.resolver().method(r);
        if (method.isEmpty()) {
            return element;
        }
        State inner = s.assume(Elements.facts(receiver, AccessPath.ELEMENT));
        ResolvedMethodDeclaration m = method.get();
        Location at = frame.program.location(r);
        Optional<Value> result;
        // JavaParser parses the scope of {@code consent::allowsMarketing} as a type: tell receiver-bound
        // references from unbound ones ({@code Customer::isOptIn}) by the method's own parameters.
        if (!m.isStatic() && m.getNumberOfParams() == 0) {
            result = calls.invoke(m, element, AccessPath.ELEMENT, List.of(), List.of(), at, r, inner);
        } else {
            Expression scope = r.getScope();
            Value bound = scope.isTypeExpr() ? Value.EMPTY : ex.eval(scope, s);
            AccessPath boundPath = ex.paths().ofReferenceScope(scope, s);
            result = calls.invoke(m, bound, boundPath, List.of(element), List.of(AccessPath.ELEMENT), at, r, inner);
        }
        Expressions.mergeEnv(s, inner);
        if (predicate) {
            return result.orElse(Value.EMPTY);
        }
        return result.orElse(element);
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
            // An expression body is evaluated where it stands: the tree is never changed (reused ASTs).
            Consumer<State> body = l.getExpressionBody().<Consumer<State>>map(
                    e -> in -> frame.returns.peek().add(ex.eval(e, in)))
                    .orElse(in -> ex.statements().exec(l.getBody(), in));
            return Optional.of(runBody(l.getParameters(), args, paths, body, s));
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
                    .map(m -> runBody(m.getParameters(), args, paths, statements(m.getBody().get()), s));
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

    /**
     * The methods of an anonymous or local class run where the class is written, in the state of that
     * point (DESIGN §1), so that the captured variables and the checks around them count.
     */
    void inline(List<BodyDeclaration<?>> members, State s) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof MethodDeclaration m && m.getBody().isPresent()) {
                runBody(m.getParameters(), List.of(), List.of(), statements(m.getBody().get()), s);
            }
        }
    }

    /**
     * Runs a body (a lambda's or an inline method's) in the state {@code s}, its parameters bound to the
     * given argument values and paths (missing ones to nothing).
     *
     * @return the union of the values it returns
     */
    private Consumer<State> statements(Statement body) {
        return in -> ex.statements().exec(body, in);
    }

    private Value runBody(List<Parameter> parameters, List<Value> args, List<AccessPath> paths, Consumer<State> body,
            State s) {
        State inner = s.copy();
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i).getNameAsString();
            frame.locals.add(name);
            inner.env.put(name, i < args.size() ? args.get(i) : Value.EMPTY);
            if (i < paths.size()) {
                inner.aliases.put(name, paths.get(i));
            } else {
                inner.aliases.remove(name);
            }
        }
        frame.returns.push(new ArrayList<>());
        body.accept(inner);
        Value result = frame.returns.pop().stream().reduce(Value.EMPTY, Value::union);
        parameters.forEach(p -> inner.env.remove(p.getNameAsString()));
        Expressions.mergeEnv(s, inner);
        return result;
    }
}
