package dev.consentflow.analyzer;

import com.github.javaparser.ast.CompilationUnit;
import dev.consentflow.analyzer.flow.FlowEngine;
import dev.consentflow.analyzer.frontend.ParsedFiles;
import dev.consentflow.analyzer.frontend.SourceFile;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What one analysis of a project leaves for the next analysis of the same project (the Checkstyle check,
 * re-run by an IDE on every edit): the parsed units of its files ({@link ParsedFiles}) and its flow
 * analysis ({@link FlowEngine}), which the next analysis brings up to date with the edit instead of
 * analyzing everything again ({@link FlowEngine#update}). The flow analysis is kept for one context, the
 * policy file's text and the classpath: another context analyzes everything. One analysis at a time may
 * use an instance.
 */
public final class KeptAnalysis {
    private static final KeptAnalysis NONE = new KeptAnalysis(ParsedFiles.none());

    private final ParsedFiles parsed;
    private FlowEngine engine;
    private String context;
    /** Per unit, what the analysis reads of it alone, by what it is: valid while the program's types are. */
    private final Map<CompilationUnit, Map<String, Object>> perUnit = new IdentityHashMap<>();

    /** Keeps the parsed units in {@code parsed} and the last flow analysis. */
    public KeptAnalysis(ParsedFiles parsed) {
        this.parsed = parsed;
    }

    /** Keeps nothing: every analysis parses and analyzes everything. */
    public static KeptAnalysis none() {
        return NONE;
    }

    ParsedFiles parsed() {
        return parsed;
    }

    /** Takes the kept flow analysis if it was made in {@code context}; it is not kept until {@link #keep}. */
    Optional<FlowEngine> take(String context) {
        Optional<FlowEngine> kept = Optional.ofNullable(engine).filter(e -> context.equals(this.context));
        engine = null;
        return kept;
    }

    /**
     * What {@code read} gives for {@code unit}, computed once while the unit and the types of the program
     * stay the same ({@link #retain}); {@code what} names the question.
     */
    @SuppressWarnings("unchecked")
    <T> T ofUnit(CompilationUnit unit, String what, Supplier<T> read) {
        if (this == NONE) {
            return read.get();
        }
        return (T) perUnit.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(what, w -> read.get());
    }

    /**
     * Keeps the answers of {@link #ofUnit} for the units of {@code files} only, but for those
     * {@code retyped} (whose declarations may resolve to other types now: a resolved signature may have
     * changed).
     */
    void retain(List<SourceFile> files, Predicate<CompilationUnit> retyped) {
        Set<CompilationUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());
        files.forEach(f -> units.add(f.unit()));
        perUnit.keySet().removeIf(unit -> !units.contains(unit) || retyped.test(unit));
    }

    /** Keeps the flow analysis of a finished analysis, made in {@code context}. */
    void keep(String context, FlowEngine engine) {
        if (this != NONE) {
            this.context = context;
            this.engine = engine;
        }
    }
}
