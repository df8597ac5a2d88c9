package dev.consentflow.analyzer.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.incremental.SourceFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check over the whole case suite reports exactly the findings of the analysis itself, each at the
 * same line and column (the case files have no tabs) with the rule id and the flow's source.
 */
class CaseSuiteCheckTest {
    private static final Path CASES = Path.of("src/test/cases").toAbsolutePath();

    @Test
    void reportsEveryFindingOfTheAnalysisInItsFile() throws Exception {
        List<String> expected = ConsentFlow.analyze(AnalysisRequest.builder().source(CASES).build()).findings()
                .stream()
                .map(f -> f.location().file().getFileName() + ":" + f.location().line() + ":"
                        + f.location().column() + ": " + ViolationText.of(f))
                .toList();

        List<String> violations = new CheckstyleRun().property("sourceRoots", CASES.toString())
                .run(SourceFiles.under(List.of(CASES)));

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(violations).containsExactlyInAnyOrderElementsOf(expected);
    }
}
