package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.ComponentPatternExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.consentflow.analyzer.policy.Roles;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Transfer over patterns ({@code instanceof} and {@code case} labels): binds pattern variables to the
 * matched value and assumes a {@code case}'s {@code when} guard.
 */
final class Patterns {
    private final Frame frame;
    private final Expressions ex;

    Patterns(Frame frame, Expressions ex) {
        this.frame = frame;
        this.ex = ex;
    }

    /**
     * The state at the start of a {@code case}: its pattern variables bound to the selector, and its
     * {@code when} guard assumed true ({@code case Customer c when consent.ok(c) -> send(c)}).
     */
    State enterCase(SwitchEntry entry, Value selector, AccessPath selectorPath, State start) {
        for (Expression label : entry.getLabels()) {
            if (label instanceof PatternExpr p) {
                bind(p, selector, selectorPath, start);
            }
        }
        if (entry.getGuard().isEmpty()) {
            return start;
        }
        return start.assume(ex.eval(entry.getGuard().get(), start).cond().whenTrue());
    }

    /**
     * Binds the variables of a pattern to the matched value: a type pattern's variable is a copy of it; a
     * record pattern's components carry its data, and a {@code @PersonalData} component of a record in
     * the sources is read as a source, the matched record being its owner.
     */
    void bind(ComponentPatternExpr pattern, Value matched, AccessPath path, State s) {
        if (pattern instanceof TypePatternExpr t) {
            String name = t.getNameAsString();
            frame.locals.add(name);
            s.env.put(name, matched.dataOnly());
            if (path != null) {
                s.aliases.put(name, path);
            } else {
                s.aliases.remove(name);
            }
        } else if (pattern instanceof RecordPatternExpr r) {
            List<Parameter> components = recordComponents(r);
            AccessPath owner = path != null ? path : ex.paths().opaque(r);
            for (int i = 0; i < r.getPatternList().size(); i++) {
                Value component = matched.dataOnly();
                String name = i < components.size() ? components.get(i).getNameAsString() : "#" + i;
                if (i < components.size()) {
                    Optional<Roles.Source> source = frame.program.roles().sourceOf(components.get(i));
                    if (source.isPresent()) {
                        component = component.union(Value.of(Set.of(
                                ex.sourceTaint(source.get(), r.getTypeAsString() + "." + name, owner,
                                        r.getPatternList().get(i), s, "reads " + name))));
                    }
                }
                bind(r.getPatternList().get(i), component, owner.child(name), s);
            }
        }
    }

    /** The components of the record a record pattern names, when the record is in the sources. */
    private static List<Parameter> recordComponents(RecordPatternExpr pattern) {
        try {
            return Records.components(Optional.of(pattern.getType().resolve()));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
