package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.consentflow.analyzer.guard.Cond;
import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Transfer over calls. In order: a call's functional arguments run on the receiver's elements, and a call
 * of a function value runs its code ({@link FunctionCalls}); a logging call is a logging sink; a resolved
 * callee's role decides (sanitizer, guard ({@link CheckCalls}), sink, source); a callee with a body in the
 * sources applies its {@link Summary}; anything else is a library call whose result carries the data of
 * its receiver and arguments, and whose local receiver keeps data handed to it.
 */
final class Calls {
    /** Library methods whose result says nothing about the data they were given. */
    private static final Set<String> CLEAN_RESULTS = Set.of(
            "size", "length", "isEmpty", "isBlank", "isPresent", "equals", "equalsIgnoreCase", "contains",
            "containsKey", "startsWith", "endsWith", "matches", "compareTo", "count", "anyMatch", "allMatch",
            "noneMatch");
    /** Library methods that read an element of a collection, a map, an array or an optional. */
    private static final Set<String> ELEMENT_READS = Set.of(
            "get", "getOrDefault", "next", "poll", "peek", "pop", "remove", "element", "first", "last",
            "firstElement", "lastElement", "elementAt", "getFirst", "getLast", "orElse", "orElseGet",
            "orElseThrow", "findFirst", "findAny", "values", "iterator");
    /** Library methods that add their (last) argument to a collection. */
    private static final Set<String> ADDERS = Set.of("add", "addLast", "addFirst", "offer", "push", "put");
    /** Calls whose result is what their functional argument returns. */
    private static final Set<String> MAPPERS = Set.of(
            "map", "flatMap", "mapToObj", "mapToInt", "mapToLong", "mapToDouble", "flatMapToInt", "thenApply",
            "thenCompose", "mapMulti");
    /** Calls whose functional argument is a predicate on the receiver's elements. */
    private static final Set<String> FILTERS = Set.of("filter", "takeWhile");

    private final Frame frame;
    private final Expressions ex;
    private final LoggingSinks logging;
    private final FunctionCalls functions;
    private final CheckCalls checks;

    Calls(Frame frame, Expressions ex) {
        this.frame = frame;
        this.ex = ex;
        this.logging = new LoggingSinks(frame.program.resolver());
        this.functions = new FunctionCalls(frame, ex, this);
        this.checks = new CheckCalls(ex);
    }

    FunctionCalls functions() {
        return functions;
    }

    Value call(MethodCallExpr call, State s) {
        Optional<Expression> scope = call.getScope();
        Value receiver = scope.map(x -> ex.eval(x, s)).orElse(Value.EMPTY);
        AccessPath receiverPath = scope.map(x -> ex.paths().pathOrOpaque(x, s)).orElse(AccessPath.THIS);
        List<Value> args = new ArrayList<>();
        List<AccessPath> paths = new ArrayList<>();
        boolean keeps = FILTERS.contains(call.getNameAsString());
        boolean removes = call.getNameAsString().equals("removeIf");
        boolean predicate = keeps || removes;
        Value functionalResults = Value.EMPTY;
        Set<Consent> filtered = new HashSet<>();
        for (Expression arg : call.getArguments()) {
            if (arg.isLambdaExpr() || arg.isMethodReferenceExpr()) {
                Value r = functions.onElements(arg, receiver, s, predicate);
                if (predicate) {
                    // filter keeps the elements the predicate accepts; removeIf keeps the others. A check
                    // on someone else than the element holds in the later stages too.
                    filtered.addAll((keeps ? r.cond().whenTrue() : r.cond().whenFalse()).common());
                } else {
                    functionalResults = functionalResults.union(r.dataOnly());
                }
                args.add(Value.EMPTY);
                paths.add(ex.paths().opaque(arg));
            } else {
                args.add(ex.eval(arg, s));
                paths.add(ex.paths().pathOrOpaque(arg, s));
            }
        }
        Location at = frame.program.location(call.getName());
        if (!receiver.functions().isEmpty()) {
            Optional<Value> applied = functions.call(call, receiver, args, paths, s);
            if (applied.isPresent()) {
                return applied.get();
            }
        }
        Optional<Cond> boxed = CheckCalls.boxedFlag(call, receiver, args);
        if (boxed.isPresent()) {
            return Value.of(boxed.get());
        }
        if (call.getNameAsString().equals("toString") && call.getArguments().isEmpty() && scope.isPresent()
                && ex.isRenderedImplicitly(scope.get())) {
            // Resolved, it is the abstract Record.toString(): no implementation of another record applies.
            return ex.asText(scope.get(), receiver, s).dataOnly();
        }
        if (logging.isLogging(call) || isValueOf(call)) {
            // A printed or converted argument is rendered as text.
            for (int i = 0; i < args.size(); i++) {
                args.set(i, ex.asText(call.getArgument(i), args.get(i), s));
            }
        }
        if (logging.isLogging(call)) {
            log(receiver, args, at, call.getNameAsString(), s);
            return Value.EMPTY;
        }
        if (MAPPERS.contains(call.getNameAsString()) && call.getArguments().stream()
                .anyMatch(a -> a.isLambdaExpr() || a.isMethodReferenceExpr())) {
            // map(f): the result is what f returns for each element, not the elements themselves.
            return functionalResults.withElementConsents(receiver.elementConsents());
        }
        Optional<ResolvedMethodDeclaration> method = frame.program.resolver().method(call);
        if (method.isPresent()) {
            Optional<Value> known = invoke(method.get(), receiver, receiverPath, args, paths, at, call, s);
            if (known.isPresent()) {
                return known.get().union(functionalResults);
            }
        }
        if (method.isEmpty()) {
            Optional<ResolvedValueDeclaration> generated = LombokAccessors.field(call, frame.program.resolver());
            if (generated.isPresent()) {
                return ex.field(call, scope.isPresent() ? receiver : frame.thisValue, generated, s);
            }
        }
        if (removes && !filtered.isEmpty() && scope.isPresent() && scope.get() instanceof NameExpr list
                && frame.locals.contains(list.getNameAsString())) {
            s.env.put(list.getNameAsString(), s.get(list.getNameAsString()).withElementConsents(filtered));
        }
        Value result = library(call.getNameAsString(), method, receiver, args, paths, s, scope.orElse(null))
                .union(functionalResults);
        return filtered.isEmpty() ? result : result.withElementConsents(filtered);
    }

    /** A {@code new} expression: its value carries its arguments' data; an exception's message is logged. */
    Value creation(ObjectCreationExpr o, State s) {
        o.getScope().ifPresent(x -> ex.eval(x, s));
        List<Value> args = new ArrayList<>();
        List<AccessPath> paths = new ArrayList<>();
        for (Expression arg : o.getArguments()) {
            args.add(ex.eval(arg, s).dataOnly());
            paths.add(ex.paths().pathOrOpaque(arg, s));
        }
        Value data = args.stream().reduce(Value.EMPTY, Value::union);
        o.getAnonymousClassBody().ifPresent(body -> functions.inline(body, s));
        Set<FunctionValue> self = o.getAnonymousClassBody().isPresent() ? Set.of(new FunctionValue(o)) : Set.of();
        Location at = frame.program.location(o);
        String member = "new " + o.getTypeAsString();
        Optional<Summary> constructor = frame.program.resolver().constructor(o).flatMap(c -> frame.program.summaryOf(c));
        if (constructor.isEmpty() && data.isTainted() && LoggingSinks.isException(o.getTypeAsString())) {
            // A library exception's arguments become its message; a source one says what it does with them.
            log(Value.EMPTY, List.of(data), at, member, s);
        }
        return constructor
                .map(summary -> storedIntoArguments(o, SummaryCall.apply(frame, summary, false, Value.EMPTY,
                        ex.paths().opaque(o), args, paths, at, member, s), s).receiverAfter())
                .orElseGet(() -> Records.constructed(frame.program.resolver().type(o), args).orElse(data))
                .withFunctions(self);
    }

    /**
     * A call to a resolved method, by its role or its summary.
     *
     * @return empty when the method has neither (a library method)
     */
    Optional<Value> invoke(ResolvedMethodDeclaration m, Value receiver, AccessPath receiverPath,
            List<Value> args, List<AccessPath> paths, Location at, Node node, State s) {
        var roles = frame.program.roles();
        if (roles.isAnonymizer(m)) {
            return Optional.of(Value.EMPTY);
        }
        Optional<Roles.Check> check = roles.checkOf(m);
        if (check.isPresent()) {
            return Optional.of(checks.check(check.get(), m, receiverPath, args, paths, node, s));
        }
        String member = m.getClassName() + "." + m.getName();
        Optional<Roles.Sink> sink = roles.sinkOf(m, frame.member);
        if (sink.isPresent()) {
            use(sink.get(), member, receiver, args, at, s);
            return Optional.of(Value.EMPTY);
        }
        Optional<Roles.Source> source = roles.sourceOf(m);
        if (source.isPresent()) {
            AccessPath subject = m.isStatic() ? ex.paths().opaque(node) : receiverPath;
            return Optional.of(Value.of(Set.of(ex.sourceTaint(source.get(), member, subject, node, s, "calls " + member))));
        }
        Optional<Expression> scope = node instanceof MethodCallExpr c ? c.getScope() : Optional.empty();
        Optional<Value> personal = personalResult(m, node, s);
        if (personal.isPresent()) {
            return personal;
        }
        Optional<ResolvedMethodDeclaration> override = frame.program.override(m, scope);
        if (override.isPresent()) {
            return invoke(override.get(), receiver, receiverPath, args, paths, at, node, s);
        }
        Optional<Summary> own = frame.program.summaryOf(m);
        if (own.isPresent()) {
            SummaryCall.Result r = storedIntoArguments(node, SummaryCall.apply(frame, own.get(), m.isStatic(),
                    receiver, receiverPath, args, paths, at, member, s), s);
            if (!own.get().receiverWrites().isEmpty()) {
                ex.stores().intoObject(scope.orElse(null), r.receiverAfter(), s, true);
            }
            return Optional.of(r.returned());
        }
        if (Records.isImplicitAccessor(m)) {
            return Optional.of(receiver.readField(m.getName()));
        }
        // An interface or abstract method: whatever the implementations it may reach do, the call does.
        List<ResolvedMethodDeclaration> targets = frame.program.implementations(m, scope);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Value result = Value.EMPTY;
        for (ResolvedMethodDeclaration target : targets) {
            Optional<Value> v = invoke(target, receiver, receiverPath, args, paths, at, node, s);
            if (v.isPresent()) {
                result = result.union(v.get());
            }
        }
        return Optional.of(result);
    }

    private static boolean isValueOf(MethodCallExpr call) {
        return call.getNameAsString().equals("valueOf") && call.getArguments().size() == 1
                && call.getScope().filter(x -> x.toString().equals("String")).isPresent();
    }

    /** What the callee stored into its arguments' contents ({@code out.add(..)}) is in them after the call. */
    private SummaryCall.Result storedIntoArguments(Node call, SummaryCall.Result r, State s) {
        if (call instanceof NodeWithArguments<?> withArguments) {
            List<Expression> arguments = withArguments.getArguments();
            r.argumentWrites().forEach((index, data) -> {
                if (index < arguments.size()) {
                    ex.stores().intoObject(arguments.get(index), Value.of(data), s, false);
                }
            });
        }
        return r;
    }

    /** A call returning a value of a type declared personal data: the value is its own subject. */
    private Optional<Value> personalResult(ResolvedMethodDeclaration m, Node node, State s) {
        try {
            return frame.program.roles().sourceOf(m.getReturnType()).map(source -> Value.of(Set.of(
                    ex.sourceTaint(source, m.getClassName() + "." + m.getName(), ex.paths().opaque(node), node, s,
                            "calls " + m.getName()))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void use(Roles.Sink sink, String member, Value receiver, List<Value> args, Location at, State s) {
        FlowStep step = new FlowStep(FlowStep.Kind.SINK, at, "used for " + sink.purpose() + " by " + member);
        Set<Taint> data = new HashSet<>(receiver.taints());
        args.forEach(a -> data.addAll(a.taints()));
        for (Taint t : data) {
            frame.events.add(new SinkEvent(at, t.withStep(step), sink, member, s.facts, false, false));
        }
    }

    void log(Value receiver, List<Value> args, Location at, String member, State s) {
        FlowStep step = new FlowStep(FlowStep.Kind.SINK, at, "logged by " + member);
        Set<Taint> data = new HashSet<>(receiver.taints());
        args.forEach(a -> data.addAll(a.taints()));
        for (Taint t : data) {
            frame.events.add(new SinkEvent(at, t.withStep(step), null, member, s.facts, false, false));
        }
    }

    private Value library(String name, Optional<ResolvedMethodDeclaration> method, Value receiver,
            List<Value> args, List<AccessPath> paths, State s, Expression scope) {
        if (ADDERS.contains(name) && scope != null && !paths.isEmpty()) {
            ex.stores().addedToField(scope, paths.get(paths.size() - 1), s);
        }
        if (CLEAN_RESULTS.contains(name)) {
            return Value.EMPTY;
        }
        Value argData = Value.EMPTY;
        for (Value a : args) {
            argData = argData.union(a.dataOnly());
        }
        Optional<List<Integer>> declared = method.flatMap(m -> frame.program.roles().propagatorOf(m));
        Value data = declared.isPresent() ? Value.EMPTY : receiver.dataOnly();
        if (declared.isPresent()) {
            // A propagators entry says exactly which inputs the result carries.
            for (int input : declared.get()) {
                Value from = input == 0 ? receiver : input <= args.size() ? args.get(input - 1) : Value.EMPTY;
                data = data.union(from.dataOnly());
            }
            if (scope != null) {
                ex.stores().intoObject(scope, argData, s, false);
            }
            return data;
        }
        if (scope != null) {
            // A builder, a collection, a template: what is handed to it stays in it.
            ex.stores().intoObject(scope, argData, s, false);
        }
        Value result = data.union(argData);
        if (ELEMENT_READS.contains(name)) {
            result = result.mapTaints(Taint::withUnknownSubject);
        }
        return receiver.elementConsents().isEmpty() ? result : result.withElementConsents(receiver.elementConsents());
    }
}
