package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The one way every entry point (CLI, Maven goal) turns an {@link AnalysisResult} into its reports. */
public final class Reports {
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);
    private static final Comparator<Diagnostic> DIAGNOSTIC_ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::kind)
            .thenComparing(Diagnostic::message);

    private Reports() {}

    /**
     * Writes the requested reports of {@code result}: {@code report.json} and {@code report.sarif} into
     * {@code outputDir} (created when one of them is requested; each file replaced atomically), and the
     * console lines to {@code console} (findings, diagnostics, a summary line, then the files written).
     * Findings and diagnostics appear sorted by location, so equal results give byte-identical files.
     *
     * @param result what the analysis found; its locations are absolute, report paths become relative
     *     to {@link AnalysisResult#reportRoot()}
     * @param formats the reports to produce; an empty set produces nothing
     * @param outputDir the directory for the report files
     * @param console where console lines go; used only when {@code formats} has {@link ReportFormat#CONSOLE}
     * @param displayBase the directory console paths are printed relative to, e.g. the working directory
     * @throws IOException when {@code outputDir} cannot be created or a report file cannot be written
     */
    public static void write(AnalysisResult result, Set<ReportFormat> formats, Path outputDir, ConsoleSink console,
            Path displayBase) throws IOException {
        AnalysisResult sorted = sorted(result);
        ReportSummary summary = ReportSummary.of(sorted);
        List<Path> written = new ArrayList<>();
        if (formats.contains(ReportFormat.JSON) || formats.contains(ReportFormat.SARIF)) {
            Files.createDirectories(outputDir);
        }
        if (formats.contains(ReportFormat.JSON)) {
            written.add(write(outputDir.resolve(JsonReport.FILE_NAME), JsonReport.document(sorted, summary)));
        }
        if (formats.contains(ReportFormat.SARIF)) {
            written.add(write(outputDir.resolve(SarifReport.FILE_NAME), SarifReport.document(sorted)));
        }
        if (formats.contains(ReportFormat.CONSOLE)) {
            Path base = displayBase.toAbsolutePath().normalize();
            ConsoleReport.print(sorted, summary, console, base,
                    written.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        }
    }

    private static Path write(Path file, Object document) throws IOException {
        ReportFiles.writeJson(file, document);
        return file;
    }

    // The engine promises a deterministic order; sorting again here makes the byte-stability of the
    // reports independent of that promise.
    private static AnalysisResult sorted(AnalysisResult result) {
        return new AnalysisResult(
                result.findings().stream().sorted(FINDING_ORDER).toList(),
                result.diagnostics().stream().sorted(DIAGNOSTIC_ORDER).toList(),
                result.filesAnalyzed(), result.linesAnalyzed(), result.reportRoot());
    }
}
