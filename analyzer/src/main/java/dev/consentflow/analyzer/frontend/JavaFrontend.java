package dev.consentflow.analyzer.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.resolution.SymbolResolver;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ClassLoaderTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.LargeStack;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses every source file of a request exactly once, on the request's number of threads, with the newest
 * language level JavaParser knows, and attaches one symbol solver to all of them: JDK reflection, the
 * parsed units themselves (by declared type name), and one solver per classpath jar or class directory.
 */
public final class JavaFrontend {
    private final ParserConfiguration config;
    private final int threads;
    private final AnalysisListener listener;
    private final Charset encoding;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Unsaved editor buffers that stand for files on disk. */
    private final Map<Path, String> contents;
    private final ParsedFiles kept;

    private JavaFrontend(ParserConfiguration config, AnalysisRequest request, AnalysisListener listener,
            ParsedFiles kept) {
        this.config = config;
        this.threads = request.threads();
        this.listener = listener;
        this.encoding = request.encoding();
        this.contents = request.contents();
        this.kept = kept;
    }

    /**
     * Parses the request's sources. When a path is a package folder or a single file, the other files of
     * its source root (found from the package declarations) are parsed too, for symbol resolution only.
     *
     * @param listener hears of each file parsed ({@link AnalysisListener.Phase#PARSE})
     * @return the files that parsed and a diagnostic for each requested file that did not (its partial
     *     AST is not analyzed)
     * @throws AnalysisException when a source path does not exist
     */
    public static ParsedProgram parse(AnalysisRequest request, AnalysisListener listener) {
        return parse(request, listener, ParsedFiles.none());
    }

    /**
     * Parses the request's sources as {@link #parse(AnalysisRequest, AnalysisListener)} does, reusing the
     * units {@code kept} holds for files whose text did not change (the listener hears only of the files
     * parsed again) and keeping the new ones there.
     */
    public static ParsedProgram parse(AnalysisRequest request, AnalysisListener listener, ParsedFiles kept) {
        SourceTypeSolver sourceSolver = new SourceTypeSolver();
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(false), sourceSolver);
        // Missing or unreadable entries are left out here and reported by the classpath annotation index.
        request.classpath().forEach(entry -> classpathSolver(entry).ifPresent(solver::add));
        ParserConfiguration config = configuration().setSymbolResolver(new JavaSymbolSolver(solver));
        JavaFrontend frontend = new JavaFrontend(config, request, listener, kept);

        SourceCollector collector = new SourceCollector(request);
        List<Path> targets = collector.collect(request.sources());
        // Folders outside the requested paths are read only to resolve symbols: their problems are not reported.
        frontend.diagnostics.addAll(collector.problems());
        frontend.parseAll(targets, true);
        Set<Path> seen = new HashSet<>(targets);
        List<Path> roots = SourceRoots.of(frontend.files).stream()
                .filter(root -> !request.sources().contains(root)).toList();
        frontend.parseAll(collector.collect(roots).stream().filter(seen::add).toList(), false);
        InheritanceCycles.Removal cycles = InheritanceCycles.remove(frontend.files, Set.copyOf(targets));
        frontend.diagnostics.addAll(cycles.diagnostics());
        kept.retain(seen, cycles.files());
        frontend.files.forEach(f -> sourceSolver.add(f.unit()));
        frontend.diagnostics.sort(Comparator.comparing(Diagnostic::location));
        return new ParsedProgram(frontend.files, frontend.diagnostics, roots);
    }

    /**
     * Whether {@code text} parses as a compilation unit, read as {@link #parse} reads a file: one that does
     * not is not analyzed, so no finding stands in it.
     */
    public static boolean parses(String text) {
        try {
            ParseResult<CompilationUnit> result = new JavaParser(configuration()).parse(text);
            return result.isSuccessful() && result.getResult().isPresent();
        } catch (StackOverflowError e) {
            return false;
        }
    }

    private static ParserConfiguration configuration() {
        return new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                // Without tokens JavaParser records no positions; they are dropped once the ranges are set.
                .setStoreTokens(true)
                .setAttributeComments(false)
                // As javac: \u0074o is the identifier "to"; positions are mapped back to the raw text.
                .setPreprocessUnicodeEscapes(true);
    }

    /**
     * The files an analysis of {@code request} reads: those under its source paths (honoring its include
     * and exclude globs) and those under {@code roots}, the source roots a previous parse found
     * ({@link ParsedProgram#roots()}); sorted, without duplicates.
     *
     * @throws AnalysisException when a path does not exist or cannot be listed
     */
    public static List<Path> sourceFiles(AnalysisRequest request, List<Path> roots) {
        SourceCollector collector = new SourceCollector(request);
        Set<Path> all = new TreeSet<>(collector.collect(request.sources()));
        all.addAll(collector.collect(roots));
        return List.copyOf(all);
    }

    /**
     * Parses {@code paths} in parallel, or takes their kept units, keeping their order in {@link #files}.
     * The listener hears only of files parsed.
     */
    private void parseAll(List<Path> paths, boolean target) {
        if (paths.isEmpty()) {
            return;
        }
        List<Optional<String>> versions = paths.stream()
                .map(path -> kept.version(path, Optional.ofNullable(contents.get(path)))).toList();
        int unknown = 0;
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            unknown += versions.get(i).filter(v -> kept.has(path, v)).isPresent() ? 0 : 1;
        }
        listener.planned(AnalysisListener.Phase.PARSE, unknown);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, paths.size()),
                LargeStack.threads("consentflow-parser"));
        // JavaParser is not thread-safe: one parser per thread.
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(config));
        SymbolResolver resolver = config.getSymbolResolver().orElseThrow();
        try {
            List<Future<Parsed>> parsed = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                Path path = paths.get(i);
                Optional<String> version = versions.get(i);
                parsed.add(pool.submit(() -> version.flatMap(v -> kept.take(path, v, resolver)).orElseGet(() -> {
                    Parsed one = parse(parsers.get(), path, readText(path));
                    version.ifPresent(v -> kept.keep(path, v, one));
                    listener.worked(AnalysisListener.Phase.PARSE, 1);
                    return one;
                })));
            }
            for (Future<Parsed> result : parsed) {
                Parsed one = result.get();
                one.file().map(f -> new SourceFile(f.path(), f.unit(), f.lines(), target)).ifPresent(files::add);
                // Problems of files parsed only for resolution are not the user's question: not reported.
                one.problem().filter(p -> target).ifPresent(diagnostics::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("analysis interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A file that parsed, or why it did not. */
    record Parsed(Optional<SourceFile> file, Optional<Diagnostic> problem) {
        static Parsed of(SourceFile file) {
            return new Parsed(Optional.of(file), Optional.empty());
        }

        static Parsed failed(Diagnostic problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }

    /** The file's text: its unsaved editor buffer if there is one, else the file decoded. */
    private Text readText(Path path) {
        String unsaved = contents.get(path);
        if (unsaved != null) {
            return Text.of(unsaved);
        }
        try {
            return Text.of(SourceText.read(path, encoding));
        } catch (SourceText.UndecodableException e) {
            return Text.failed(new Diagnostic(Diagnostic.Kind.ENCODING, new Location(path, e.line(), e.column()),
                    e.getMessage()));
        } catch (IOException e) {
            return Text.failed(new Diagnostic(Diagnostic.Kind.IO_ERROR, new Location(path, 0, 0),
                    Unreadable.describe(e, "file")));
        }
    }

    /** A file's text, or why it could not be read. */
    private record Text(Optional<String> text, Optional<Diagnostic> problem) {
        static Text of(String text) {
            return new Text(Optional.of(text), Optional.empty());
        }

        static Text failed(Diagnostic problem) {
            return new Text(Optional.empty(), Optional.of(problem));
        }
    }

    private static Parsed parse(JavaParser parser, Path path, Text read) {
        if (read.text().isEmpty()) {
            return Parsed.failed(read.problem().orElseThrow());
        }
        String text = read.text().get();
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(text);
        } catch (StackOverflowError e) {
            return Parsed.failed(new Diagnostic(Diagnostic.Kind.TOO_DEEP, new Location(path, 1, 1),
                    "expression too deep to parse; the file is not analyzed"));
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return Parsed.failed(ParseErrors.toDiagnostic(path, result.getProblems().get(0)));
        }
        CompilationUnit unit = result.getResult().get();
        VarLambdaParameters.makeImplicit(unit);
        MemoizedName.install(unit);
        TokenFree.keepRangesOnly(unit);
        return Parsed.of(new SourceFile(path, unit, (int) text.lines().count(), true));
    }

    private static Optional<TypeSolver> classpathSolver(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                URL url = entry.toUri().toURL();
                return Optional.of(new ClassLoaderTypeSolver(new URLClassLoader(new URL[] {url}, null)));
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                return Optional.of(new JarTypeSolver(entry));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
