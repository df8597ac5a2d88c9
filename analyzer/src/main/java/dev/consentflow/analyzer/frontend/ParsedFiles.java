package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.SymbolResolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.consentflow.analyzer.cache.ContentHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parse results of one project kept between its analyses (the Checkstyle check re-run by an IDE on
 * every edit), so that after an edit only the edited file is read and parsed again. A file is known by its
 * path and the version of its text; only the latest version of each path is kept, and only the paths the
 * last analysis read.
 *
 * <p>A kept unit is handed to the next analysis with nothing left of the previous one's symbol solver:
 * JavaParser caches resolved types in the nodes' data ({@code JavaParserFacade}), and those types point to
 * the previous ASTs of other files, an edited one among them. A unit that an analysis changed (a type on
 * an inheritance cycle removed from it) is not kept. One analysis at a time may use an instance.
 */
public final class ParsedFiles {
    private static final ParsedFiles NONE = new ParsedFiles(path -> Optional.empty());

    private final Function<Path, Optional<String>> versions;
    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();
    /** The units the last analysis resolved symbols in; null when not known (every unit is cleaned). */
    private volatile Set<CompilationUnit> resolvedIn;

    private record Kept(String version, JavaFrontend.Parsed parsed) {}

    /**
     * @param versions the version of a file on disk without reading it when it did not change (its content
     *     hash, memoized by size and modification time); empty when unknown: the file is then parsed and
     *     not kept
     */
    public ParsedFiles(Function<Path, Optional<String>> versions) {
        this.versions = versions;
    }

    /** Keeps nothing: every analysis parses every file. */
    public static ParsedFiles none() {
        return NONE;
    }

    /** How many files are kept. */
    public int size() {
        return kept.size();
    }

    /**
     * Lets go of what JavaParser's solver keeps about the last analysis: the solver's facade stays in a
     * static map of JavaParser ({@code JavaParserFacade.get}) that never drops an entry (its values hold
     * their weak keys), and with it every AST the analysis read. Call it when an analysis is over; a
     * facade another analysis is using at the time is made again on its next question.
     */
    public static void releaseSolvers() {
        synchronized (JavaParserFacade.class) {
            JavaParserFacade.clearInstances();
        }
    }

    /** The version of {@code path}'s text: of its unsaved buffer when it has one, else of the file on disk. */
    Optional<String> version(Path path, Optional<String> unsaved) {
        if (this == NONE) {
            return Optional.empty();
        }
        return unsaved.map(ContentHash::of).or(() -> versions.apply(path));
    }

    /** Whether the result of parsing {@code path} at {@code version} is kept. */
    boolean has(Path path, String version) {
        Kept known = kept.get(path);
        return known != null && known.version().equals(version);
    }

    /**
     * The kept result of parsing {@code path} at {@code version}, its unit ready for a new analysis with
     * {@code resolver}; empty when that version is not kept.
     */
    Optional<JavaFrontend.Parsed> take(Path path, String version, SymbolResolver resolver) {
        if (!has(path, version)) {
            return Optional.empty();
        }
        Kept known = kept.get(path);
        known.parsed().file().map(SourceFile::unit).ifPresent(unit -> {
            Set<CompilationUnit> dirty = resolvedIn;
            if (dirty == null || dirty.contains(unit)) {
                forgetResolution(unit, resolver);
            } else {
                unit.setData(Node.SYMBOL_RESOLVER_KEY, resolver);
            }
        });
        return Optional.of(known.parsed());
    }

    /** Keeps {@code parsed} as the latest version of its path. */
    void keep(Path path, String version, JavaFrontend.Parsed parsed) {
        if (this != NONE) {
            kept.put(path, new Kept(version, parsed));
        }
    }

    /**
     * The analysis that read the kept units resolved symbols only in {@code units}: only their nodes hold
     * answers of its solver, to be removed before the next analysis. An analysis that starts says
     * {@link #resolving()} first, so that one that fails midway leaves every unit to be cleaned.
     */
    public void resolvedOnlyIn(Set<CompilationUnit> units) {
        Set<CompilationUnit> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(units);
        resolvedIn = copy;
    }

    /** An analysis starts resolving symbols in the kept units: which ones is not known until it ends. */
    public void resolving() {
        resolvedIn = null;
    }

    /** Keeps only the files of {@code read} (the last analysis' files), not those of {@code changed}. */
    void retain(Set<Path> read, Collection<Path> changed) {
        kept.keySet().retainAll(read);
        changed.forEach(kept::remove);
    }

    /**
     * {@code member} of a kept unit now stands in {@code unit}, the unit of the file's new version, in place
     * of an equal member (an unchanged member of an edited file keeps its node, and with it what the flow
     * analysis knows of it): removes what the previous symbol solver stored in its nodes (answers that may
     * point into the file's old version), and the memos of {@code unit}, read before the member was there.
     */
    public static void moved(Node member, CompilationUnit unit) {
        forgetResolution(member);
        UnitMemo.forgetAll(unit);
    }

    /** Removes every answer a previous symbol solver stored in the unit's nodes and attaches {@code resolver}. */
    private static void forgetResolution(CompilationUnit unit, SymbolResolver resolver) {
        forgetResolution(unit);
        unit.setData(Node.SYMBOL_RESOLVER_KEY, resolver);
    }

    private static void forgetResolution(Node tree) {
        tree.walk(node -> {
            // Most nodes hold no data: copying their empty key set would cost more than the rest of the walk.
            if (!node.getDataKeys().isEmpty()) {
                for (DataKey<?> key : new ArrayList<>(node.getDataKeys())) {
                    if (!key.equals(Node.LINE_SEPARATOR_KEY) && !(key instanceof UnitMemo<?>)) {
                        node.removeData(key);
                    }
                }
            }
        });
    }
}
