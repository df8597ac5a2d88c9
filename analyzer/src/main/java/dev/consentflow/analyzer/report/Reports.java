package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
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
     * {@link #write(AnalysisResult, Set, Path, ConsoleSink, Path, String)} with the report root's directory
     * name as the Fides system key.
     *
     * @throws IOException as the other
     */
    public static void write(AnalysisResult result, Set<ReportFormat> formats, Path outputDir, ConsoleSink console,
            Path displayBase) throws IOException {
        write(result, formats, outputDir, console, displayBase, FidesReport.defaultKey(result.reportRoot()));
    }

    /** Whether {@code key} can be a Fides system key ({@code fides_key}): letters, digits and {@code _ . - < >}. */
    public static boolean isFidesKey(String key) {
        return FidesReport.isValidKey(key);
    }

    /**
     * Writes the requested reports of {@code result} into {@code outputDir} (created when a file is
     * requested; each file replaced atomically): {@code report.json}, {@code report.sarif},
     * {@code index.html}, {@code datamap.json} with {@code datamap.csv}, {@code fides.yml}; and the
     * console lines to {@code console} (findings, diagnostics, a table of findings by rule, a summary
     * line, then the files written). Findings, diagnostics and flows appear sorted by location, so equal
     * results give byte-identical files.
     *
     * @param result what the analysis found; its locations are absolute, report paths become relative
     *     to {@link AnalysisResult#reportRoot()}
     * @param formats the reports to produce; an empty set produces nothing
     * @param outputDir the directory for the report files
     * @param console where console lines go; used only when {@code formats} has {@link ReportFormat#CONSOLE}
     * @param displayBase the directory console paths are printed relative to, e.g. the working directory
     * @param systemKey the {@code fides_key} of the system in {@code fides.yml}, e.g. the artifactId
     * @throws IOException when {@code outputDir} cannot be created or a report file cannot be written
     * @throws IllegalArgumentException when {@code fides.yml} is requested and {@code systemKey} is not
     *     {@linkplain #isFidesKey a Fides key}
     */
    public static void write(AnalysisResult result, Set<ReportFormat> formats, Path outputDir, ConsoleSink console,
            Path displayBase, String systemKey) throws IOException {
        AnalysisResult sorted = sorted(result);
        ReportSummary summary = ReportSummary.of(sorted);
        List<Path> written = new ArrayList<>();
        if (formats.stream().anyMatch(f -> f != ReportFormat.CONSOLE)) {
            Files.createDirectories(outputDir);
        }
        if (formats.contains(ReportFormat.JSON)) {
            written.add(write(outputDir.resolve(JsonReport.FILE_NAME), JsonReport.document(sorted, summary)));
        }
        if (formats.contains(ReportFormat.SARIF)) {
            written.add(write(outputDir.resolve(SarifReport.FILE_NAME), SarifReport.document(sorted)));
        }
        if (formats.contains(ReportFormat.DATAMAP)) {
            written.add(write(outputDir.resolve(DataMapReport.JSON_FILE_NAME), DataMapReport.document(sorted)));
            written.add(writeText(outputDir.resolve(DataMapReport.CSV_FILE_NAME), DataMapReport.csv(sorted)));
        }
        if (formats.contains(ReportFormat.FIDES)) {
            written.add(writeText(outputDir.resolve(FidesReport.FILE_NAME), FidesReport.yaml(sorted, systemKey)));
        }
        if (formats.contains(ReportFormat.HTML)) {
            written.add(writeText(outputDir.resolve(HtmlReport.FILE_NAME), HtmlReport.html(sorted, summary)));
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

    private static Path writeText(Path file, String text) throws IOException {
        ReportFiles.writeText(file, text);
        return file;
    }

    // The engine promises a deterministic order; sorting again here makes the byte-stability of the
    // reports independent of that promise.
    private static AnalysisResult sorted(AnalysisResult result) {
        return new AnalysisResult(
                result.findings().stream().sorted(FINDING_ORDER).toList(),
                result.diagnostics().stream().sorted(DIAGNOSTIC_ORDER).toList(),
                result.filesAnalyzed(), result.linesAnalyzed(), result.reportRoot(),
                result.flows().stream().sorted(Flow.ORDER).toList());
    }
}
