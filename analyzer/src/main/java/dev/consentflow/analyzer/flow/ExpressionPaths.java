package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;

/**
 * The {@link AccessPath} an expression denotes, which tells whom data and checks are about: the same
 * path means the same person. An expression without one gets an opaque root unique to its position.
 */
final class ExpressionPaths {
    private final Frame frame;

    ExpressionPaths(Frame frame) {
        this.frame = frame;
    }

    /**
     * The access path of an expression, or null if it has none (a call with arguments, a literal): a
     * local (or what it is a copy of), {@code this}, a field, or a getter ({@code c.getCustomer()}).
     */
    AccessPath pathOf(Expression e, State s) {
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (frame.locals.contains(name)) {
                return s.aliases.getOrDefault(name, AccessPath.local(name));
            }
            return AccessPath.THIS.child(name);
        }
        if (e instanceof ThisExpr) {
            return AccessPath.THIS;
        }
        if (e instanceof FieldAccessExpr f) {
            AccessPath scope = pathOf(f.getScope(), s);
            return scope == null ? null : child(scope, f.getNameAsString());
        }
        if (e instanceof MethodCallExpr m && m.getArguments().isEmpty()) {
            AccessPath scope = m.getScope().map(x -> pathOf(x, s)).orElse(AccessPath.THIS);
            return scope == null ? null : child(scope, AccessPath.property(m.getNameAsString()));
        }
        if (e instanceof ArrayAccessExpr a) {
            return element(a.getName(), a.getIndex(), true, s);
        }
        if (e instanceof MethodCallExpr m && m.getNameAsString().equals("get") && m.getArguments().size() == 1
                && m.getScope().isPresent()) {
            return element(m.getScope().get(), m.getArgument(0), false, s);
        }
        if (e instanceof EnclosedExpr en) {
            return pathOf(en.getInner(), s);
        }
        if (e instanceof CastExpr c) {
            return pathOf(c.getExpression(), s);
        }
        return null;
    }

    /**
     * {@code a[i]} or {@code x.get(k)}: the same container at the same key is the same person, provided the
     * key has a path of its own or is a literal (an assignment to a local in the key ends the facts about
     * the element, see {@link State#forget}); else null.
     */
    private AccessPath element(Expression container, Expression index, boolean array, State s) {
        AccessPath scope = pathOf(container, s);
        if (scope == null) {
            return null;
        }
        AccessPath key = index instanceof LiteralExpr ? null : pathOf(index, s);
        if (key == null && !(index instanceof LiteralExpr)) {
            return null;
        }
        frame.approximate |= scope.fields().size() >= AccessPath.MAX_FIELDS;
        return scope.element(key == null ? index.toString() : key.toString(), array);
    }

    private AccessPath child(AccessPath scope, String field) {
        frame.approximate |= scope.fields().size() >= AccessPath.MAX_FIELDS;
        return scope.child(field);
    }

    /** The path of {@code e}, or an opaque root unique to its position when it has none. */
    AccessPath pathOrOpaque(Expression e, State s) {
        AccessPath path = pathOf(e, s);
        return path != null ? path : opaque(e);
    }

    /**
     * The path of a method reference's scope. JavaParser parses a variable scope ({@code c::getPhone}) as
     * a type; read as a name, it has the variable's path.
     */
    AccessPath ofReferenceScope(Expression scope, State s) {
        return pathOrOpaque(scope.isTypeExpr() ? new NameExpr(scope.asTypeExpr().getTypeAsString()) : scope, s);
    }

    AccessPath opaque(Node e) {
        var l = frame.program.location(e);
        return AccessPath.opaque(l.file().getFileName() + ":" + l.line() + ":" + l.column());
    }

    /** The subject of a datum read at {@code path}: the path without its last field or getter. */
    static AccessPath owner(AccessPath path) {
        if (path.fields().isEmpty()) {
            return path;
        }
        return new AccessPath(path.root(), path.fields().subList(0, path.fields().size() - 1));
    }
}
