package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Severity;

/**
 * The counts every report states about one analysis; also the {@code summary} object of
 * {@code report.json}, so its component names are part of that format.
 *
 * @param errors findings of severity error that count (neither suppressed nor baselined)
 * @param warnings findings of severity warning that count
 * @param filesAnalyzed files parsed and analyzed
 * @param linesAnalyzed lines in those files
 * @param filesSkipped distinct files left out by a diagnostic that skips its file
 * @param exitCode the exit code of DESIGN §2 for this result
 * @param suppressed findings suppressed with a reason
 * @param baselined findings held by the baseline and not suppressed
 */
record ReportSummary(long errors, long warnings, int filesAnalyzed, long linesAnalyzed, long filesSkipped,
        int exitCode, long suppressed, long baselined) {

    static ReportSummary of(AnalysisResult result) {
        return new ReportSummary(
                count(result, Severity.ERROR),
                count(result, Severity.WARNING),
                result.filesAnalyzed(),
                result.linesAnalyzed(),
                result.diagnostics().stream()
                        .filter(d -> d.kind().skipsFile())
                        .map(Diagnostic::location)
                        .map(Location::file)
                        .distinct()
                        .count(),
                result.exitCode(),
                result.findings().stream().filter(f -> f.suppression().isPresent()).count(),
                result.findings().stream().filter(f -> f.suppression().isEmpty() && !f.counts()).count());
    }

    private static long count(AnalysisResult result, Severity severity) {
        return result.findings().stream().filter(Finding::counts).map(Finding::severity).filter(severity::equals)
                .count();
    }
}
