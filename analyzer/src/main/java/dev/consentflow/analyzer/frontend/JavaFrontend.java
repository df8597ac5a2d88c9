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
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses every source file of a request exactly once, with the newest language level JavaParser knows,
 * and attaches one symbol solver to all of them: JDK reflection, the parsed units themselves (by declared
 * type name), and one solver per classpath jar or class directory.
 */
public final class JavaFrontend {
    private JavaFrontend() {}

    /**
     * Parses the request's sources.
     *
     * @return the files that parsed and a diagnostic for each file that did not (its partial AST is not
     *     analyzed)
     * @throws AnalysisException when a source path does not exist or a classpath entry cannot be opened
     */
    public static ParsedProgram parse(AnalysisRequest request) {
        SourceTypeSolver sourceSolver = new SourceTypeSolver();
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(false), sourceSolver);
        request.classpath().forEach(entry -> classpathSolver(entry).ifPresent(solver::add));

        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                // Without tokens JavaParser records no positions; findings need them.
                .setStoreTokens(true)
                .setAttributeComments(false)
                .setSymbolResolver(new JavaSymbolSolver(solver));
        JavaParser parser = new JavaParser(config);

        List<SourceFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path path : new SourceCollector(request).collect(request.sources())) {
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                diagnostics.add(new Diagnostic(Diagnostic.Kind.IO_ERROR, new Location(path, 0, 0),
                        String.valueOf(e.getMessage())));
                continue;
            }
            ParseResult<CompilationUnit> result = parser.parse(text);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                diagnostics.add(ParseErrors.toDiagnostic(path, result.getProblems().get(0)));
                continue;
            }
            CompilationUnit unit = result.getResult().get();
            sourceSolver.add(unit);
            files.add(new SourceFile(path, unit, (int) text.lines().count()));
        }
        diagnostics.sort(Comparator.comparing(Diagnostic::location));
        return new ParsedProgram(files, diagnostics);
    }

    private static java.util.Optional<TypeSolver> classpathSolver(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                URL url = entry.toUri().toURL();
                return java.util.Optional.of(new ClassLoaderTypeSolver(new URLClassLoader(new URL[] {url}, null)));
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                return java.util.Optional.of(new JarTypeSolver(entry));
            }
            return java.util.Optional.empty();
        } catch (MalformedURLException e) {
            throw new AnalysisException(entry + ": not a valid classpath entry (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new AnalysisException(entry + ": cannot read the classpath jar (" + e.getMessage() + ")");
        }
    }
}
