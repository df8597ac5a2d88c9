package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReportTest {
    @TempDir
    Path base;

    private List<String> console(AnalysisResult result, Set<ReportFormat> formats, Path displayBase)
            throws IOException {
        RecordingConsole console = new RecordingConsole();
        Reports.write(result, formats, base.resolve("out"), console, displayBase);
        return console.lines;
    }

    @Test
    void printsSortedFindingsThenDiagnosticsThenATableByRuleThenSummaryRelativeToTheDisplayBase() throws IOException {
        Path root = SampleResults.root(base);

        List<String> lines = console(SampleResults.mixed(base), EnumSet.of(ReportFormat.CONSOLE), root);

        String java = Path.of("src", "main", "java", "com", "acme").toString();
        assertThat(lines).containsExactly(
                "error| " + Path.of(java, "Legacy Sender.java") + ":4:17: error: [invalid-legal-basis]"
                        + " Sender.blast claims LEGITIMATE_INTERESTS for marketing, which allows only CONSENT",
                "error| " + Path.of(java, "Mailer.java") + ":12:13: error: [unconsented-use]"
                        + " Customer.email (user.contact.email) reaches Mailer.send (marketing) without a consent check",
                "warning| " + Path.of(java, "Mailer.java") + ":30:9: warning: [personal-data-logged]"
                        + " Customer.email (user.contact.email) reaches a logger",
                "warning| " + Path.of(java, "Broken.java") + ": parse error: unexpected end of file; the file was skipped",
                "warning| " + base.resolve("shared/Util.java").toAbsolutePath().normalize() + ":3:8: unresolved:"
                        + " cannot resolve symbol Helper; flows through it may be incomplete",
                "info|   rule                 findings",
                "info|   unconsented-use             1",
                "info|   invalid-legal-basis         1",
                "info|   personal-data-logged        1",
                "info| consentflow: 2 errors, 1 warning in 12 files (840 lines); 1 file skipped");
    }

    @Test
    void printsAbsolutePathsForFilesOutsideTheDisplayBase() throws IOException {
        Path elsewhere = base.resolve("elsewhere");

        List<String> lines = console(SampleResults.mixed(base), EnumSet.of(ReportFormat.CONSOLE), elsewhere);

        Path mailer = SampleResults.root(base).resolve("src/main/java/com/acme/Mailer.java");
        assertThat(lines).contains("error| " + mailer + ":12:13: error: [unconsented-use]"
                + " Customer.email (user.contact.email) reaches Mailer.send (marketing) without a consent check");
    }

    @Test
    void printsALineNumberWithoutColumnWhenTheColumnIsUnknown() throws IOException {
        Path root = SampleResults.root(base);
        AnalysisResult result = new AnalysisResult(List.of(),
                List.of(new Diagnostic(Diagnostic.Kind.IO_ERROR, new Location(root.resolve("A.java"), 5, 0),
                        "permission denied")),
                0, 0, root);

        assertThat(console(result, EnumSet.of(ReportFormat.CONSOLE), root))
                .startsWith("warning| A.java:5: cannot read: permission denied");
    }

    @Test
    void spellsSingularsAndLeavesOutSkippedFilesWhenThereAreNone() throws IOException {
        Path root = SampleResults.root(base);
        Finding one = new Finding(Rule.UNCONSENTED_USE, Severity.ERROR, "m", new Location(root.resolve("A.java"), 1, 1),
                List.of("user.contact.email"), "marketing", List.of());
        AnalysisResult result = new AnalysisResult(List.of(one), List.of(), 1, 1, root);

        assertThat(console(result, EnumSet.of(ReportFormat.CONSOLE), root))
                .last().isEqualTo("info| consentflow: 1 error, 0 warnings in 1 file (1 line)");
    }

    @Test
    void namesTheReportFilesWrittenAfterTheSummaryIndexHtmlLast() throws IOException {
        List<String> lines = console(SampleResults.clean(base), EnumSet.allOf(ReportFormat.class), base);

        assertThat(lines).containsExactly(
                "info| consentflow: 0 errors, 0 warnings in 3 files (120 lines)",
                "info| consentflow: wrote " + Path.of("out", "report.json"),
                "info| consentflow: wrote " + Path.of("out", "report.sarif"),
                "info| consentflow: wrote " + Path.of("out", "datamap.json"),
                "info| consentflow: wrote " + Path.of("out", "datamap.csv"),
                "info| consentflow: wrote " + Path.of("out", "fides.yml"),
                "info| consentflow: wrote " + Path.of("out", "index.html"));
    }

    @Test
    void printsNothingWhenTheConsoleFormatIsNotRequested() throws IOException {
        assertThat(console(SampleResults.mixed(base), EnumSet.of(ReportFormat.JSON), base)).isEmpty();
    }
}
