package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.consentflow.analyzer.guard.Cond;
import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.guard.Facts;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SubjectSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transfer over calls that say whether consent holds: a method declared a consent check gives a condition
 * (a boolean check), a fact (a throwing check) or elements that consent holds for (a consent filter); a
 * boxed flag compared with a constant gives the flag's own condition.
 */
final class CheckCalls {
    private final Expressions ex;

    CheckCalls(Expressions ex) {
        this.ex = ex;
    }

    /** A consent check: a condition, a fact (a throwing check), or a consent filter's elements. */
    Value check(Roles.Check check, ResolvedMethodDeclaration m, AccessPath receiverPath,
            List<Value> args, List<AccessPath> paths, Node node, State s) {
        AccessPath subject = subjectOf(check.subject(), m, receiverPath, paths, node);
        Consent consent = new Consent(check.purpose(), subject, !check.grantedWhen(), check.categories(),
                m.getClassName() + "." + m.getName());
        ResolvedType returned;
        try {
            returned = m.getReturnType();
        } catch (RuntimeException e) {
            return Value.of(Cond.check(consent, check.grantedWhen()));
        }
        if (returned.isVoid()) {
            s.facts = s.facts.and(Facts.of(consent));
            return Value.EMPTY;
        }
        if (isBoolean(returned)) {
            return Value.of(Cond.check(consent, check.grantedWhen()));
        }
        Value filteredData = args.stream().reduce(Value.EMPTY, (a, b) -> a.union(b.dataOnly()));
        Map<String, AccessPath> toElement = Map.of(subject.root(), AccessPath.ELEMENT);
        return filteredData.withElementConsents(Set.of(consent.rebase(toElement)));
    }

    private static boolean isBoolean(ResolvedType type) {
        return type.isPrimitive() && type.asPrimitive().describe().equals("boolean")
                || type.isReferenceType() && type.asReferenceType().getQualifiedName().equals("java.lang.Boolean");
    }

    /** Which value a check is about: DESIGN §1, {@code subject = "" | "#0" | "#n"}. */
    private AccessPath subjectOf(SubjectSpec spec, ResolvedMethodDeclaration m, AccessPath receiverPath,
            List<AccessPath> paths, Node node) {
        int index = spec.resolve(m.getNumberOfParams());
        if (index == 0) {
            return receiverPath;
        }
        return index <= paths.size() ? AccessPath.ownerOfKey(paths.get(index - 1)) : ex.paths().opaque(node);
    }

    /**
     * A boxed flag compared with a constant: {@code Boolean.TRUE.equals(flag)}, {@code flag.equals(Boolean.FALSE)},
     * {@code flag.booleanValue()}: the flag's own condition, negated for {@code FALSE}.
     */
    static Optional<Cond> boxedFlag(MethodCallExpr call, Value receiver, List<Value> args) {
        String name = call.getNameAsString();
        if (name.equals("booleanValue") && call.getArguments().isEmpty()) {
            return Optional.of(receiver.cond());
        }
        if (!name.equals("equals") || args.size() != 1) {
            return Optional.empty();
        }
        Optional<Boolean> scopeConstant = call.getScope().flatMap(CheckCalls::booleanConstant);
        if (scopeConstant.isPresent()) {
            return Optional.of(scopeConstant.get() ? args.get(0).cond() : args.get(0).cond().not());
        }
        return booleanConstant(call.getArgument(0)).map(c -> c ? receiver.cond() : receiver.cond().not());
    }

    private static Optional<Boolean> booleanConstant(Expression e) {
        String text = e.toString();
        if (text.equals("Boolean.TRUE") || text.equals("java.lang.Boolean.TRUE")) {
            return Optional.of(true);
        }
        if (text.equals("Boolean.FALSE") || text.equals("java.lang.Boolean.FALSE")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
