package dev.consentflow.analyzer.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import dev.consentflow.analyzer.report.ConsoleSink;
import dev.consentflow.analyzer.testing.FlowTester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: a baseline keeps every accepted finding accepted through unrelated edits, and a new unguarded
 * use still fails the check.
 */
class BaselineTest {
    /** Two sends of one datum in one method (ordinals 0 and 1), one in another, one logged. */
    private static final String LEGACY = """
                void weekly(Customer c) {
                    mailer.sendPromotion(c.getEmail(), "Sale");
                    mailer.sendPromotion(c.getEmail(), "Sale again");
                    if (consent.allowsMarketing(c)) {
                        mailer.sendPromotion(c.getEmail(), "fine");
                    }
                }
                void monthly(List<Customer> all) {
                    for (Customer c : all) {
                        mailer.sendPromotion(c.getName(), "Hello");
                    }
                }
                void audit(Customer c) {
                    System.out.println(c.getEmail());
                }
            """;

    /** The same code reformatted: other line breaks, indentation and blanks, a comment. */
    private static final String REFORMATTED = """
              void weekly( Customer c )
              {
                  mailer.sendPromotion( c.getEmail(),
                                        "Sale" );
                  // the second mailing of the week
                  mailer.sendPromotion(c.getEmail(), "Sale again");
                  if (consent.allowsMarketing(c)) mailer.sendPromotion(c.getEmail(), "fine");
              }
              void monthly(List< Customer > all) { for (Customer c : all) mailer.sendPromotion(c.getName(), "Hello"); }

              void audit(Customer c) { System.out.println(c.getEmail()); }
            """;

    @TempDir
    Path dir;

    private Path baselineOf(String members) throws IOException {
        AnalysisResult legacy = FlowTester.job(members).analyze();
        Path file = dir.resolve(BaselineFile.DEFAULT_NAME);
        assertThat(BaselineFile.write(legacy.findings(), legacy.reportRoot(), file)).isEqualTo(4);
        return file;
    }

    private static List<BaselineState> states(AnalysisResult result) {
        return result.findings().stream().map(Finding::baseline).toList();
    }

    /** Line and column of each finding (the files lie in different directories). */
    private static List<String> positions(AnalysisResult result) {
        return result.findings().stream().map(f -> f.location().line() + ":" + f.location().column()).toList();
    }

    @Test
    void withoutABaselineTheLegacyFindingsFailTheCheck() {
        AnalysisResult result = FlowTester.job(LEGACY).analyze();

        assertThat(states(result)).hasSize(4).containsOnly(BaselineState.NONE);
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.VIOLATIONS);
    }

    @Test
    void theUnchangedCodeIsFullyBaselined() throws IOException {
        AnalysisResult result = FlowTester.job(LEGACY).baseline(baselineOf(LEGACY)).analyze();

        assertThat(states(result)).hasSize(4).containsOnly(BaselineState.UNCHANGED);
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.CLEAN);
    }

    @Test
    void aBlankLineAboveKeepsEveryFindingBaselined() throws IOException {
        AnalysisResult result = FlowTester.job("\n\n" + LEGACY).baseline(baselineOf(LEGACY)).analyze();

        assertThat(states(result)).hasSize(4).containsOnly(BaselineState.UNCHANGED);
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.CLEAN);
    }

    @Test
    void aMethodAddedAboveKeepsEveryFindingBaselined() throws IOException {
        String added = """
                    int count(List<Customer> all) {
                        return all.size();
                    }
                """;
        AnalysisResult result = FlowTester.job(added + LEGACY).baseline(baselineOf(LEGACY)).analyze();

        assertThat(states(result)).hasSize(4).containsOnly(BaselineState.UNCHANGED);
    }

    @Test
    void reformattingKeepsEveryFindingBaselined() throws IOException {
        AnalysisResult result = FlowTester.job(REFORMATTED).baseline(baselineOf(LEGACY)).analyze();

        assertThat(positions(result)).as("the findings moved")
                .doesNotContainAnyElementsOf(positions(FlowTester.job(LEGACY).analyze()));
        assertThat(states(result)).hasSize(4).containsOnly(BaselineState.UNCHANGED);
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.CLEAN);
    }

    @Test
    void aNewUnguardedUseFailsTheCheckAndOnlyItIsNew() throws IOException {
        String grown = LEGACY.replace("""
                        mailer.sendPromotion(c.getEmail(), "Sale again");
                """, """
                        mailer.sendPromotion(c.getEmail(), "Sale again");
                        mailer.sendPromotion(c.getEmail(), "Last chance");
                """);
        AnalysisResult result = FlowTester.job(grown).baseline(baselineOf(LEGACY)).analyze();

        assertThat(result.findings()).filteredOn(f -> f.baseline() == BaselineState.NEW)
                .singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(12));
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.VIOLATIONS);
    }

    @Test
    void aFindingInAnotherMethodIsNewThoughItLooksAlike() throws IOException {
        String moved = LEGACY + """
                void daily(Customer c) {
                    mailer.sendPromotion(c.getEmail(), "Sale");
                }
            """;
        AnalysisResult result = FlowTester.job(moved).baseline(baselineOf(LEGACY)).analyze();

        assertThat(result.findings()).filteredOn(f -> f.baseline() == BaselineState.NEW)
                .singleElement().satisfies(f -> assertThat(f.member()).isEqualTo("shop.Job#daily(Customer)"));
    }

    @Test
    void everySarifResultCarriesItsBaselineFingerprint() throws IOException {
        AnalysisResult result = FlowTester.job(LEGACY).analyze();
        Path baseline = dir.resolve("b.json");
        BaselineFile.write(result.findings(), result.reportRoot(), baseline);
        Reports.write(result, EnumSet.of(ReportFormat.SARIF), dir, new Silent(), dir);

        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("report.sarif").toFile());
        List<String> fromSarif = sarif.get("runs").get(0).get("results").findValues("partialFingerprints").stream()
                .map(p -> p.get("consentflow/v1").asText()).toList();
        List<String> fromBaseline = new ObjectMapper().readTree(baseline.toFile()).get("findings")
                .findValuesAsText("fingerprint");
        assertThat(fromSarif).hasSize(4).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(fromBaseline);
        assertThat(BaselineFile.read(baseline)).containsExactlyInAnyOrderElementsOf(fromSarif);
    }

    private static final class Silent implements ConsoleSink {
        @Override
        public void error(String line) {}

        @Override
        public void warning(String line) {}

        @Override
        public void info(String line) {}
    }
}
