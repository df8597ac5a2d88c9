package dev.consentflow.analyzer.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ClassLoaderTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses every source file of a request exactly once, with the newest language level JavaParser knows,
 * and attaches one symbol solver to all of them: JDK reflection, the parsed units themselves (by declared
 * type name), and one solver per classpath jar or class directory.
 */
public final class JavaFrontend {
    private final JavaParser parser;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Unsaved editor buffers that stand for files on disk. */
    private final Map<Path, String> contents;

    private JavaFrontend(JavaParser parser, Map<Path, String> contents) {
        this.parser = parser;
        this.contents = contents;
    }

    /**
     * Parses the request's sources. When a path is a package folder or a single file, the other files of
     * its source root (found from the package declarations) are parsed too, for symbol resolution only.
     *
     * @return the files that parsed and a diagnostic for each requested file that did not (its partial
     *     AST is not analyzed)
     * @throws AnalysisException when a source path does not exist
     */
    public static ParsedProgram parse(AnalysisRequest request) {
        SourceTypeSolver sourceSolver = new SourceTypeSolver();
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(false), sourceSolver);
        // Missing or unreadable entries are left out here and reported by the classpath annotation index.
        request.classpath().forEach(entry -> classpathSolver(entry).ifPresent(solver::add));
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                // Without tokens JavaParser records no positions; findings need them.
                .setStoreTokens(true)
                .setAttributeComments(false)
                .setSymbolResolver(new JavaSymbolSolver(solver));
        JavaFrontend frontend = new JavaFrontend(new JavaParser(config), request.contents());

        SourceCollector collector = new SourceCollector(request);
        List<Path> targets = collector.collect(request.sources());
        targets.forEach(path -> frontend.parse(path, true));
        Set<Path> seen = new HashSet<>(targets);
        List<Path> roots = SourceRoots.of(frontend.files).stream()
                .filter(root -> !request.sources().contains(root)).toList();
        for (Path path : collector.collect(roots)) {
            if (seen.add(path)) {
                frontend.parse(path, false);
            }
        }
        frontend.files.forEach(f -> sourceSolver.add(f.unit()));
        frontend.diagnostics.sort(Comparator.comparing(Diagnostic::location));
        return new ParsedProgram(frontend.files, frontend.diagnostics);
    }

    private void parse(Path path, boolean target) {
        String text;
        try {
            String unsaved = contents.get(path);
            text = unsaved != null ? unsaved : Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            report(target, new Diagnostic(Diagnostic.Kind.IO_ERROR, new Location(path, 0, 0),
                    String.valueOf(e.getMessage())));
            return;
        }
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(text);
        } catch (StackOverflowError e) {
            report(target, new Diagnostic(Diagnostic.Kind.TOO_DEEP, new Location(path, 1, 1),
                    "expression too deep to parse; the file is not analyzed"));
            return;
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            report(target, ParseErrors.toDiagnostic(path, result.getProblems().get(0)));
            return;
        }
        files.add(new SourceFile(path, result.getResult().get(), (int) text.lines().count(), target));
    }

    /** Problems of files parsed only for resolution are not the user's question: they are not reported. */
    private void report(boolean target, Diagnostic diagnostic) {
        if (target) {
            diagnostics.add(diagnostic);
        }
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
