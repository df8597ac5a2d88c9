package dev.consentflow.analyzer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.ExpectMarkers;
import dev.consentflow.analyzer.testing.ExpectMarkers.Expected;
import dev.consentflow.analyzer.testing.ExpectMarkers.Safe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's own case suite (issue 4): the annotated sources under {@code src/test/cases} (relative to
 * the analyzer module, Maven's working directory for tests) are analyzed as one program, and the findings
 * are scored against their markers: {@code // EXPECT: rule-id[, ...]} where a finding must stand,
 * {@code // SAFE} on a sink line that must stay clean (see {@code src/test/cases/README.md}).
 *
 * <p>A finding of an expected rule on its line is a true positive; a finding on any other line, or of
 * another rule on an {@code EXPECT} line, is a false positive; an expected rule without its finding is a
 * false negative. The test prints one summary line and every miss, then fails unless precision and recall
 * are both 1.0. Run it alone with
 * {@code mvn -B -o -pl analyzer -am test -Dtest=CaseSuiteTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CaseSuiteTest {
    private static final Path CASES = Path.of("src/test/cases");
    /** Issue 4: at least 150 marked sink lines, EXPECT and SAFE together. */
    private static final int MIN_MARKED_LINES = 150;

    @Test
    void scoresPrecisionAndRecallOfOne() throws IOException {
        Path root = CASES.toAbsolutePath().normalize();
        List<Expected> expected = new ArrayList<>();
        List<Safe> safe = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            String name = relative(root, file);
            String text = Files.readString(file);
            expected.addAll(ExpectMarkers.parse(name, text));
            safe.addAll(ExpectMarkers.parseSafe(name, text));
        }

        AnalysisResult result = ConsentFlow.analyze(AnalysisRequest.builder().source(root).build());
        Set<Expected> found = new LinkedHashSet<>();
        for (Finding f : result.findings()) {
            found.add(new Expected(relative(root, f.location().file()), f.location().line(), f.rule().id()));
        }

        Set<Expected> wanted = new LinkedHashSet<>(expected);
        List<String> misses = new ArrayList<>();
        int tp = 0;
        int fn = 0;
        for (Expected e : wanted) {
            if (found.contains(e)) {
                tp++;
            } else {
                fn++;
                misses.add("MISSED " + e.file() + ":" + e.line() + " " + e.rule());
            }
        }
        Set<String> safeLines = new LinkedHashSet<>();
        safe.forEach(s -> safeLines.add(s.file() + ":" + s.line()));
        int fp = 0;
        for (Expected f : found) {
            if (!wanted.contains(f)) {
                fp++;
                String where = f.file() + ":" + f.line();
                misses.add("FALSE " + where + " " + f.rule() + (safeLines.contains(where) ? " (SAFE line)" : ""));
            }
        }
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        long expectedLines = wanted.stream().map(e -> e.file() + ":" + e.line()).distinct().count();

        String summary = String.format(Locale.ROOT,
                "case suite: precision=%.3f recall=%.3f tp=%d fp=%d fn=%d expected=%d safe=%d (EXPECT lines=%d)",
                precision, recall, tp, fp, fn, wanted.size(), safeLines.size(), expectedLines);
        System.out.println(summary);
        misses.forEach(System.out::println);
        result.diagnostics().forEach(d -> System.out.println("DIAGNOSTIC " + d));

        assertThat(expectedLines + safeLines.size())
                .as("marked sink lines in %s", CASES)
                .isGreaterThanOrEqualTo(MIN_MARKED_LINES);
        assertThat(misses).as(summary).isEmpty();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
