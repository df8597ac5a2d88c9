package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The console format: one compiler-style line per finding and diagnostic, then a summary line. */
final class ConsoleReport {
    private ConsoleReport() {}

    /**
     * Prints {@code result} to {@code console}: findings as {@code path:line:col: severity: [rule] message}
     * (errors through {@link ConsoleSink#error}, warnings through {@link ConsoleSink#warning}),
     * diagnostics as {@code path:line:col: label: message} through {@link ConsoleSink#warning} (they do
     * not fail the build; exit code 3 marks them), then a table of the findings by rule, the summary and
     * one line per written report file ({@code index.html} last) through {@link ConsoleSink#info}.
     *
     * @param displayBase the directory printed paths are relative to when a file lies under it
     * @param written the report files written, in the order to mention them
     */
    static void print(AnalysisResult result, ReportSummary summary, ConsoleSink console, Path displayBase,
            List<Path> written) {
        for (Finding finding : result.findings()) {
            String line = position(displayBase, finding.location()) + ": " + finding.severity().label()
                    + ": [" + finding.rule().id() + "] " + finding.message()
                    + (finding.approximate() ? " (approximate)" : "");
            if (finding.severity() == Severity.ERROR) {
                console.error(line);
            } else {
                console.warning(line);
            }
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            console.warning(position(displayBase, diagnostic.location()) + ": " + diagnostic.kind().label() + ": "
                    + diagnostic.message());
        }
        ruleTable(result.findings()).forEach(console::info);
        console.info(summaryLine(summary));
        for (Path file : written) {
            console.info("consentflow: wrote " + ReportPaths.display(displayBase, file));
        }
    }

    /** The rules that fired and how often, in rule order, under a header line; nothing when none fired. */
    private static List<String> ruleTable(List<Finding> findings) {
        Map<Rule, Long> counts = new EnumMap<>(Rule.class);
        findings.forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
        if (counts.isEmpty()) {
            return List.of();
        }
        int width = counts.keySet().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        String row = "  %-" + width + "s %8s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, row, "rule", "findings"));
        counts.forEach((rule, count) -> lines.add(String.format(Locale.ROOT, row, rule.id(), count)));
        return lines;
    }

    /** E.g. {@code consentflow: 3 errors, 1 warning in 12 files (840 lines); 1 file skipped}. */
    private static String summaryLine(ReportSummary summary) {
        String line = "consentflow: " + plural(summary.errors(), "error") + ", " + plural(summary.warnings(), "warning")
                + " in " + plural(summary.filesAnalyzed(), "file") + " (" + plural(summary.linesAnalyzed(), "line") + ")";
        return summary.filesSkipped() == 0 ? line : line + "; " + plural(summary.filesSkipped(), "file") + " skipped";
    }

    // A diagnostic may not know its line or column (0); print only what is known.
    private static String position(Path displayBase, Location location) {
        String path = ReportPaths.display(displayBase, location.file());
        if (location.line() <= 0) {
            return path;
        }
        return location.column() <= 0 ? path + ":" + location.line()
                : path + ":" + location.line() + ":" + location.column();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
