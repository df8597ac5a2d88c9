package dev.consentflow.analyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the real analyzer over small inline sources and asserts exactly the findings their
 * {@code // EXPECT:} markers name (after Error Prone's {@code CompilationTestHelper}): a marked line without
 * its finding fails, and so does a finding on an unmarked line.
 *
 * <pre>{@code
 * FlowTester.withShop().add("shop/Job.java", """
 *     ...
 *         mailer.sendPromotion(c.getEmail()); // EXPECT: unconsented-use
 *     """).check();
 * }</pre>
 */
public final class FlowTester {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private String policy;

    private FlowTester() {}

    public static FlowTester create() {
        return new FlowTester();
    }

    /** A tester that already has the {@link Shop} fixture: Customer, Mailer, ConsentRegistry. */
    public static FlowTester withShop() {
        FlowTester tester = new FlowTester();
        Shop.SOURCES.forEach(tester::add);
        return tester;
    }

    /**
     * A tester with the {@link Shop} fixture and {@code shop/Job.java}: a class with the given members and
     * the fields {@code Mailer mailer} and {@code ConsentRegistry consent}. Line 9 of the file is the
     * first line of {@code members}.
     */
    public static FlowTester job(String members) {
        return withShop().add("shop/Job.java", jobText(members));
    }

    /** The text of {@code shop/Job.java} that {@link #job} analyzes. */
    public static String jobText(String members) {
        return """
                package shop;

                import dev.consentflow.annotations.*;
                import java.util.*;

                class Job {
                    Mailer mailer;
                    ConsentRegistry consent;
                %s
                }
                """.formatted(members);
    }

    /** Adds a source file at {@code relativePath} (e.g. {@code shop/Job.java}). */
    public FlowTester add(String relativePath, String source) {
        sources.put(relativePath, source);
        return this;
    }

    /** A {@code consentflow.yaml} for the analysis, written beside the sources' directory. */
    public FlowTester policy(String yaml) {
        this.policy = yaml;
        return this;
    }

    /** Writes the sources to a fresh directory and analyzes it. */
    public AnalysisResult analyze() {
        return analyze(".");
    }

    /**
     * Writes the sources to a fresh directory and analyzes the given paths in it (a package folder, a
     * single file).
     */
    public AnalysisResult analyze(String... paths) {
        Path root = write();
        AnalysisRequest.Builder request = AnalysisRequest.builder();
        for (String path : paths) {
            request.source(root.resolve(path).normalize());
        }
        if (policy != null) {
            try {
                request.policyFile(Files.writeString(root.resolveSibling(root.getFileName() + ".yaml"), policy));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ConsentFlow.analyze(request.build());
    }

    /** Writes the sources to a fresh directory and returns it. */
    public Path write() {
        try {
            Path root = Files.createTempDirectory("consentflow-test");
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analyzes and asserts that the findings are exactly those the markers expect. */
    public AnalysisResult check() {
        AnalysisResult result = analyze();
        List<ExpectMarkers.Expected> expected = new ArrayList<>();
        sources.forEach((path, text) -> expected.addAll(ExpectMarkers.parse(fileName(path), text)));
        List<ExpectMarkers.Expected> actual = result.findings().stream()
                .map(f -> new ExpectMarkers.Expected(
                        f.location().file().getFileName().toString(), f.location().line(), f.rule().id()))
                .toList();
        assertThat(render(actual))
                .as("findings (messages: %s)", result.findings().stream()
                        .map(f -> f.location().line() + ": " + f.message()).collect(Collectors.joining("; ")))
                .containsExactlyInAnyOrderElementsOf(render(expected));
        return result;
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static List<String> render(List<ExpectMarkers.Expected> findings) {
        return findings.stream().map(e -> e.file() + ":" + e.line() + ": " + e.rule()).distinct().toList();
    }
}
