package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.consentflow.analyzer.frontend.AstNodes;
import dev.consentflow.analyzer.guard.Cond;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.Optional;

/**
 * Transfer over statements: carries the abstract {@link State} along structured control flow. A branch
 * that ends in {@code return}, {@code throw}, {@code break} or {@code continue} contributes nothing to
 * the state after its statement, so {@code if (!ok(c)) return;} leaves the check's facts behind it.
 * Loops iterate to a fixpoint. A {@code null} state means "not reachable".
 */
final class Statements {
    /** Loops reach a fixpoint quickly; the bound only stops pathological growth. */
    private static final int MAX_LOOP_ROUNDS = 4;

    private final Frame frame;
    private final Expressions expressions;

    Statements(Frame frame) {
        this.frame = frame;
        this.expressions = new Expressions(frame, this);
    }

    Expressions expressions() {
        return expressions;
    }

    /** Runs {@code statement} from state {@code in}; returns the state after it, or null if it never completes. */
    State exec(Statement statement, State in) {
        frame.program.step();
        if (in == null) {
            return null;
        }
        if (statement instanceof BlockStmt block) {
            State s = in;
            for (Statement child : block.getStatements()) {
                s = exec(child, s);
            }
            return s;
        }
        if (statement instanceof ExpressionStmt e) {
            expressions.eval(e.getExpression(), in);
            return in;
        }
        if (statement instanceof IfStmt s) {
            return ifStmt(s, in);
        }
        if (statement instanceof ReturnStmt r) {
            Value value = r.getExpression().map(e -> expressions.eval(e, in)).orElse(Value.EMPTY);
            frame.returns.peek().add(value);
            if (frame.returns.size() == 1) {
                frame.returnFacts = frame.returnFacts.or(in.facts);
            }
            return null;
        }
        if (statement instanceof ThrowStmt t) {
            frame.thrown(expressions.eval(t.getExpression(), in).taints());
            return null;
        }
        if (statement.isBreakStmt() || statement.isContinueStmt()) {
            Frame.Jumps target = frame.target(statement.isContinueStmt());
            if (target != null) {
                (statement.isContinueStmt() ? target.continues : target.breaks).add(in);
            }
            return null;
        }
        if (statement instanceof WhileStmt w) {
            return loop(w.getCondition(), w.getBody(), List.of(), in, false);
        }
        if (statement instanceof DoStmt d) {
            return loop(d.getCondition(), d.getBody(), List.of(), in, true);
        }
        if (statement instanceof ForStmt f) {
            f.getInitialization().forEach(e -> expressions.eval(e, in));
            return loop(f.getCompare().orElse(null), f.getBody(), f.getUpdate(), in, false);
        }
        if (statement instanceof ForEachStmt f) {
            return forEach(f, in);
        }
        if (statement instanceof TryStmt t) {
            return tryStmt(t, in);
        }
        if (statement instanceof SwitchStmt s) {
            return switchStmt(s, in);
        }
        if (statement instanceof SynchronizedStmt s) {
            expressions.eval(s.getExpression(), in);
            return exec(s.getBody(), in);
        }
        if (statement instanceof LabeledStmt l) {
            return exec(l.getStatement(), in);
        }
        if (statement instanceof ExplicitConstructorInvocationStmt c) {
            List<Value> args = c.getArguments().stream().map(a -> expressions.eval(a, in).dataOnly()).toList();
            boolean inException = AstNodes.enclosing(c, TypeDeclaration.class)
                    .map(type -> LoggingSinks.isException(type.getNameAsString())).orElse(false);
            if (!c.isThis() && inException) {
                // What an exception hands to its superclass constructor becomes its message.
                expressions.calls().log(Value.EMPTY, args, frame.program.location(c), "super", in);
            }
            return in;
        }
        if (statement instanceof YieldStmt y) {
            frame.returns.peek().add(expressions.eval(y.getExpression(), in));
            return null;
        }
        if (statement instanceof LocalClassDeclarationStmt local) {
            expressions.calls().functions().inline(local.getClassDeclaration().getMembers(), in);
            return in;
        }
        // assert, local records, empty statements: nothing flows.
        return in;
    }

    private State ifStmt(IfStmt s, State in) {
        Cond cond = expressions.eval(s.getCondition(), in).cond();
        State then = exec(s.getThenStmt(), in.assume(cond.whenTrue()));
        State otherwise = in.assume(cond.whenFalse());
        if (s.getElseStmt().isPresent()) {
            otherwise = exec(s.getElseStmt().get(), otherwise);
        }
        return State.join(then, otherwise);
    }

    /**
     * A {@code while}, {@code do} or {@code for} loop; {@code condition} is null for {@code for (;;)},
     * {@code updates} are a {@code for} loop's update expressions, run after each iteration.
     */
    private State loop(Expression condition, Statement body, List<Expression> updates, State in,
            boolean bodyFirst) {
        Frame.Jumps jumps = new Frame.Jumps(true);
        State head = fixpoint(in, jumps, entry -> {
            Cond cond = bodyFirst || condition == null ? Cond.NONE : expressions.eval(condition, entry).cond();
            return exec(body, entry.assume(cond.whenTrue()));
        }, end -> {
            updates.forEach(u -> expressions.eval(u, end));
            if (bodyFirst) {
                expressions.eval(condition, end);
            }
        });
        State exit = head.copy();
        Cond cond = condition == null ? Cond.NONE : expressions.eval(condition, exit).cond();
        exit = exit.assume(cond.whenFalse());
        for (State b : jumps.breaks) {
            exit = State.join(exit, b);
        }
        return exit;
    }

    private State forEach(ForEachStmt f, State in) {
        Value iterable = expressions.eval(f.getIterable(), in);
        String name = f.getVariable().getVariables().get(0).getNameAsString();
        frame.locals.add(name);
        State entry = in.copy();
        entry.env.put(name, Elements.of(iterable, AccessPath.local(name)));
        entry.aliases.remove(name);
        entry = entry.assume(Elements.facts(iterable, AccessPath.local(name)));
        Frame.Jumps jumps = new Frame.Jumps(true);
        State head = fixpoint(entry, jumps, start -> exec(f.getBody(), start), end -> { });
        // After the loop the element's facts no longer hold: leave from the state before it.
        State exit = in.copy();
        exit.env.putAll(head.env);
        exit.env.remove(name);
        for (State b : jumps.breaks) {
            exit.env.putAll(State.join(exit, b).env);
        }
        return exit;
    }

    /**
     * Runs a loop body until the state at the loop's head stops changing.
     *
     * @param iteration one pass over the body from a copy of the head state; returns the state at its end
     * @param afterIteration what runs at the end of each pass, also after a {@code continue}
     * @return the state at the head: the entry joined with every way back to it
     */
    private State fixpoint(State in, Frame.Jumps jumps, UnaryOperator<State> iteration,
            Consumer<State> afterIteration) {
        frame.jumps.push(jumps);
        State head = in;
        boolean settled = false;
        try {
            for (int round = 0; round < MAX_LOOP_ROUNDS; round++) {
                State end = iteration.apply(head.copy());
                for (State c : jumps.continues) {
                    end = State.join(end, c);
                }
                jumps.continues.clear();
                if (end != null) {
                    afterIteration.accept(end);
                }
                State next = State.join(head, end);
                if (next.sameAs(head)) {
                    settled = true;
                    break;
                }
                head = next;
            }
        } finally {
            frame.jumps.pop();
        }
        frame.approximate |= !settled;
        return head;
    }

    private State tryStmt(TryStmt t, State in) {
        t.getResources().forEach(r -> expressions.eval(r, in));
        frame.catching.push(new HashSet<>());
        State afterTry;
        Set<Taint> caught;
        try {
            afterTry = exec(t.getTryBlock(), in.copy());
        } finally {
            caught = frame.catching.pop();
        }
        State out = afterTry;
        for (CatchClause clause : t.getCatchClauses()) {
            // An exception may leave the try block anywhere: the catch starts from the facts before it.
            State start = in.copy();
            if (afterTry != null) {
                afterTry.env.forEach((k, v) -> start.env.merge(k, v, Value::union));
            }
            Parameter p = clause.getParameter();
            frame.locals.add(p.getNameAsString());
            // The caught exception carries whatever the try block threw, read back without its owner.
            start.env.put(p.getNameAsString(), Value.of(caught).mapTaints(Taint::withUnknownSubject));
            start.aliases.remove(p.getNameAsString());
            out = State.join(out, exec(clause.getBody(), start));
        }
        Optional<BlockStmt> fin = t.getFinallyBlock();
        if (fin.isPresent()) {
            State start = out != null ? out.copy() : in.copy();
            start.facts = in.facts;
            State afterFinally = exec(fin.get(), start);
            return out == null || afterFinally == null ? null : out;
        }
        return out;
    }

    private State switchStmt(SwitchStmt s, State in) {
        Value selector = expressions.eval(s.getSelector(), in);
        AccessPath selectorPath = expressions.paths().pathOf(s.getSelector(), in);
        Frame.Jumps jumps = new Frame.Jumps(false);
        frame.jumps.push(jumps);
        State out = null;
        State fallthrough = null;
        boolean hasDefault = false;
        try {
            for (SwitchEntry entry : s.getEntries()) {
                hasDefault |= entry.getLabels().isEmpty();
                State matched = expressions.patterns().enterCase(entry, selector, selectorPath, in.copy());
                State start = State.join(matched, fallthrough);
                State end = start;
                for (Statement st : entry.getStatements()) {
                    end = exec(st, end);
                }
                if (entry.getType() == SwitchEntry.Type.STATEMENT_GROUP) {
                    fallthrough = end;
                } else {
                    out = State.join(out, end);
                }
            }
        } finally {
            frame.jumps.pop();
        }
        out = State.join(out, fallthrough);
        for (State b : jumps.breaks) {
            out = State.join(out, b);
        }
        return hasDefault ? out : State.join(out, in);
    }
}
