package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.consentflow.analyzer.guard.Cond;
import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.policy.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Transfer over expressions: computes each expression's abstract {@link Value} and the side effects on
 * the state (assignments, facts established by a throwing check). Calls are delegated to {@link Calls},
 * pattern binding to {@link Patterns}, field writes and reads to {@link ObjectStores}, access paths (whom
 * a value is about) to {@link ExpressionPaths}.
 */
final class Expressions {
    private final Frame frame;
    private final Statements statements;
    private final ExpressionPaths paths;
    private final ObjectStores stores;
    private final Patterns patterns;
    private final Calls calls;

    Expressions(Frame frame, Statements statements) {
        this.frame = frame;
        this.statements = statements;
        this.paths = new ExpressionPaths(frame);
        this.stores = new ObjectStores(frame);
        this.patterns = new Patterns(frame, this);
        this.calls = new Calls(frame, this);
    }

    Statements statements() {
        return statements;
    }

    Calls calls() {
        return calls;
    }

    Patterns patterns() {
        return patterns;
    }

    ObjectStores stores() {
        return stores;
    }

    ExpressionPaths paths() {
        return paths;
    }

    Value eval(Expression e, State s) {
        frame.program.step();
        if (e instanceof NameExpr n) {
            return name(n, s);
        }
        if (e instanceof FieldAccessExpr f) {
            Value object = eval(f.getScope(), s);
            if (f.getNameAsString().equals("length") && (frame.program.resolver().value(f).isEmpty()
                    || frame.program.resolver().type(f.getScope()).filter(t -> t.isArray()).isPresent())) {
                // An array's length, like size() and length(), says nothing about its elements.
                return Value.EMPTY;
            }
            return field(f, object, frame.program.resolver().value(f), s);
        }
        if (e instanceof ThisExpr) {
            return frame.thisValue;
        }
        if (e instanceof MethodCallExpr call) {
            return calls.call(call, s);
        }
        if (e instanceof EnclosedExpr en) {
            return eval(en.getInner(), s);
        }
        if (e instanceof CastExpr c) {
            return eval(c.getExpression(), s);
        }
        if (e instanceof UnaryExpr u) {
            Value v = eval(u.getExpression(), s);
            if (u.getExpression() instanceof NameExpr n && frame.locals.contains(n.getNameAsString())
                    && (u.isPrefix() || u.isPostfix())) {
                s.forget(n.getNameAsString());
            }
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? Value.of(v.cond().not()) : v.dataOnly();
        }
        if (e instanceof BinaryExpr b) {
            return binary(b, s);
        }
        if (e instanceof ConditionalExpr c) {
            Cond cond = eval(c.getCondition(), s).cond();
            State then = s.assume(cond.whenTrue());
            State otherwise = s.assume(cond.whenFalse());
            Value result = eval(c.getThenExpr(), then).union(eval(c.getElseExpr(), otherwise));
            mergeEnv(s, then);
            mergeEnv(s, otherwise);
            return result;
        }
        if (e instanceof AssignExpr a) {
            return assign(a, s);
        }
        if (e instanceof VariableDeclarationExpr v) {
            v.getVariables().forEach(d -> declare(d, s));
            return Value.EMPTY;
        }
        if (e instanceof ObjectCreationExpr o) {
            return calls.creation(o, s);
        }
        if (e instanceof LambdaExpr l) {
            // A lambda not handed to a known call runs where it is written, in the state of that point,
            // and again with the arguments it is called with later.
            calls.functions().lambda(l, Value.EMPTY, s, false);
            return Value.function(new FunctionValue(l));
        }
        if (e instanceof MethodReferenceExpr r) {
            return Value.function(new FunctionValue(r));
        }
        if (e instanceof ArrayAccessExpr a) {
            eval(a.getIndex(), s);
            return eval(a.getName(), s).dataOnly();
        }
        if (e instanceof ArrayCreationExpr a) {
            return a.getInitializer().map(i -> eval(i, s)).orElse(Value.EMPTY);
        }
        if (e instanceof ArrayInitializerExpr a) {
            return unionAll(a.getValues(), s);
        }
        if (e instanceof InstanceOfExpr i) {
            Value matched = eval(i.getExpression(), s);
            i.getPattern().ifPresent(p -> patterns.bind(p, matched, paths.pathOf(i.getExpression(), s), s));
            return Value.EMPTY;
        }
        if (e instanceof SwitchExpr sw) {
            return switchExpr(sw, s);
        }
        return Value.EMPTY;
    }

    Value unionAll(List<Expression> expressions, State s) {
        Value all = Value.EMPTY;
        for (Expression e : expressions) {
            all = all.union(eval(e, s).dataOnly());
        }
        return all;
    }

    private Value name(NameExpr n, State s) {
        String name = n.getNameAsString();
        if (frame.locals.contains(name)) {
            return s.get(name);
        }
        return field(n, frame.thisValue, frame.program.resolver().value(n), s);
    }

    /**
     * A field read: a source if {@code @PersonalData}, a guard value if {@code @ConsentCheck}; else the
     * data its object holds and the data written to that field anywhere.
     *
     * @param object the value of the object the field is read from
     */
    Value field(Expression access, Value object, Optional<ResolvedValueDeclaration> field, State s) {
        if (field.isEmpty()) {
            return access instanceof FieldAccessExpr f ? object.readField(f.getNameAsString()) : object.dataOnly();
        }
        AccessPath path = paths.pathOf(access, s);
        AccessPath owner = path == null ? paths.opaque(access) : ExpressionPaths.owner(path);
        Optional<Roles.Check> check = frame.program.roles().checkOf(field.get());
        if (check.isPresent()) {
            Roles.Check c = check.get();
            return Value.of(Cond.check(new Consent(c.purpose(), owner, !c.grantedWhen(), c.categories(),
                    memberName(field.get())), c.grantedWhen()));
        }
        Optional<Roles.Source> source = frame.program.roles().sourceOf(field.get());
        if (source.isPresent()) {
            return Value.of(Set.of(sourceTaint(source.get(), memberName(field.get()), owner, access, s,
                    "reads " + field.get().getName())));
        }
        return stores.read(object, field.get());
    }

    /**
     * A datum read at {@code where} from {@code member} (e.g. {@code Customer.email}), carrying the consents
     * that hold for its subject right there.
     */
    Taint sourceTaint(Roles.Source source, String member, AccessPath subject, Node where, State s, String what) {
        FlowStep step = new FlowStep(FlowStep.Kind.SOURCE, frame.program.location(where),
                what + " (" + String.join(", ", source.categories()) + ")");
        return Taint.source(source.categories(), subject, consentsFor(subject, s), step,
                new Taint.Origin(member, source.subjectKind()));
    }

    /** {@code Customer.email} for a field, the bare name where the declaring type is unknown. */
    static String memberName(ResolvedValueDeclaration field) {
        try {
            return field.isField() ? field.asField().declaringType().getClassName() + "." + field.getName()
                    : field.getName();
        } catch (RuntimeException e) {
            return field.getName();
        }
    }

    /**
     * The value of {@code e} converted to text ({@code "" + k}, {@code k.toString()}, a printed argument):
     * a record of the sources rendered by its implicit {@code toString()} reads each of its
     * {@code @PersonalData} components there, about the record's subject.
     *
     * @param value the value of {@code e} itself
     */
    Value asText(Expression e, Value value, State s) {
        Value text = value;
        for (Parameter component : rendered(e)) {
            Optional<Roles.Source> source = frame.program.roles().sourceOf(component);
            if (source.isPresent()) {
                String name = component.getNameAsString();
                String record = component.getParentNode().map(n -> ((NodeWithSimpleName<?>) n).getNameAsString())
                        .orElse("?");
                text = text.union(Value.of(Set.of(sourceTaint(source.get(), record + "." + name,
                        paths.pathOrOpaque(e, s), e, s, "renders " + name))));
            }
        }
        return text;
    }

    /** Whether {@code e} is a record of the sources that its implicit {@code toString()} renders. */
    boolean isRenderedImplicitly(Expression e) {
        return !rendered(e).isEmpty();
    }

    private List<Parameter> rendered(Expression e) {
        return e.isLiteralExpr() || e.isBinaryExpr() ? List.of() : Records.rendered(frame.program.resolver().type(e));
    }

    static Set<Consent> consentsFor(AccessPath subject, State s) {
        if (subject == null) {
            return Set.of();
        }
        Set<Consent> holding = new HashSet<>(s.facts.common());
        holding.removeIf(c -> !c.subject().equals(subject));
        return holding;
    }

    private Value binary(BinaryExpr b, State s) {
        Value left = eval(b.getLeft(), s);
        switch (b.getOperator()) {
            case AND: {
                State right = s.assume(left.cond().whenTrue());
                Value r = eval(b.getRight(), right);
                mergeEnv(s, right);
                return Value.of(left.cond().and(r.cond()));
            }
            case OR: {
                State right = s.assume(left.cond().whenFalse());
                Value r = eval(b.getRight(), right);
                mergeEnv(s, right);
                return Value.of(left.cond().or(r.cond()));
            }
            case EQUALS:
            case NOT_EQUALS: {
                Value right = eval(b.getRight(), s);
                boolean negate = b.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
                Cond cond = comparedToLiteral(b.getRight(), left).or(() -> comparedToLiteral(b.getLeft(), right))
                        .orElse(Cond.NONE);
                return Value.of(negate ? cond.not() : cond);
            }
            case PLUS: {
                // A string concatenation renders its operands as text.
                Value right = eval(b.getRight(), s);
                return asText(b.getLeft(), left, s).dataOnly().union(asText(b.getRight(), right, s).dataOnly());
            }
            default: {
                Value right = eval(b.getRight(), s);
                return left.dataOnly().union(right.dataOnly());
            }
        }
    }

    /** {@code check(c) == false}: the other side's condition, negated when compared to {@code false}. */
    private static Optional<Cond> comparedToLiteral(Expression literal, Value other) {
        if (literal instanceof BooleanLiteralExpr bool) {
            return Optional.of(bool.getValue() ? other.cond() : other.cond().not());
        }
        return Optional.empty();
    }

    private Value assign(AssignExpr a, State s) {
        Value value = eval(a.getValue(), s);
        Expression target = a.getTarget();
        if (target instanceof NameExpr n && frame.locals.contains(n.getNameAsString())) {
            String name = n.getNameAsString();
            Value stored = stepped(value, target, "assigned to " + name);
            if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                stored = s.get(name).union(stored.dataOnly());
            }
            s.env.put(name, stored);
            s.forget(name);
            updateAlias(name, a.getValue(), s);
            return stored;
        }
        if (target instanceof NameExpr || target instanceof FieldAccessExpr) {
            stores.storeField(target, value, s);
        } else if (target instanceof ArrayAccessExpr element) {
            Expression array = element.getName();
            while (array instanceof ArrayAccessExpr inner) {
                array = inner.getName();
            }
            stores.intoObject(array, value, s, true);
        } else {
            eval(target, s);
        }
        return value;
    }

    private void declare(VariableDeclarator d, State s) {
        String name = d.getNameAsString();
        frame.locals.add(name);
        Value value = d.getInitializer().map(i -> stepped(eval(i, s), d, "assigned to " + name)).orElse(Value.EMPTY);
        s.env.put(name, value);
        s.forget(name);
        updateAlias(name, d.getInitializer().orElse(null), s);
    }

    /** {@code Customer same = c} makes {@code same} stand for the same person as {@code c}. */
    private void updateAlias(String name, Expression value, State s) {
        AccessPath path = value == null ? null : paths.pathOf(value, s);
        if (path != null && !path.root().equals(name)) {
            s.aliases.put(name, path);
        } else {
            s.aliases.remove(name);
        }
    }

    Value stepped(Value value, Node where, String what) {
        if (!value.isTainted()) {
            return value;
        }
        FlowStep step = new FlowStep(FlowStep.Kind.STEP, frame.program.location(where), what);
        return value.mapTaints(t -> t.withStep(step));
    }

    private Value switchExpr(SwitchExpr sw, State s) {
        Value selector = eval(sw.getSelector(), s);
        AccessPath selectorPath = paths.pathOf(sw.getSelector(), s);
        Value result = Value.EMPTY;
        for (SwitchEntry entry : sw.getEntries()) {
            State branch = patterns.enterCase(entry, selector, selectorPath, s.copy());
            frame.returns.push(new ArrayList<>());
            try {
                State end = branch;
                for (var st : entry.getStatements()) {
                    if (st.isExpressionStmt() && entry.getType() == SwitchEntry.Type.EXPRESSION) {
                        result = result.union(eval(st.asExpressionStmt().getExpression(), end));
                    } else {
                        end = statements.exec(st, end);
                    }
                }
            } finally {
                for (Value v : frame.returns.pop()) {
                    result = result.union(v);
                }
            }
            mergeEnv(s, branch);
        }
        return result;
    }

    /** Keeps the data a branch added to variables that exist outside it. */
    static void mergeEnv(State into, State branch) {
        if (branch != null) {
            branch.env.forEach((k, v) -> into.env.merge(k, v.dataOnly(), Value::union));
        }
    }
}
