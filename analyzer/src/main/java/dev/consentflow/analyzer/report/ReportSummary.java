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
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param filesAnalyzed files parsed and analyzed
 * @param linesAnalyzed lines in those files
 * @param filesSkipped distinct files left out by a diagnostic that skips its file
 * @param exitCode the exit code of DESIGN §2 for this result
 */
record ReportSummary(long errors, long warnings, int filesAnalyzed, long linesAnalyzed, long filesSkipped,
        int exitCode) {

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
                result.exitCode());
    }

    private static long count(AnalysisResult result, Severity severity) {
        return result.findings().stream().map(Finding::severity).filter(severity::equals).count();
    }
}
