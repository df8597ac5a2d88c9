package dev.consentflow.analyzer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEMPORARY stand-in, on branch {@code plugin} only, so that the Maven goal compiles and its
 * integration tests run before the real reporters land; the real class (same signature) replaces it
 * at merge. It writes a bare {@code report.json} and a bare SARIF 2.1.0 {@code report.sarif}, and prints
 * {@code path:line:col: severity: [rule-id] message} lines and a summary line.
 */
public final class Reports {
    private Reports() {}

    /**
     * Writes the requested reports and console lines.
     *
     * @param result what the analysis found
     * @param formats which outputs to produce
     * @param outputDir where {@code report.json} and {@code report.sarif} go; created when missing
     * @param console where console lines go
     * @param displayBase console paths are printed relative to this directory
     * @throws IOException when a report cannot be written
     */
    public static void write(AnalysisResult result, Set<ReportFormat> formats, Path outputDir, ConsoleSink console,
            Path displayBase) throws IOException {
        if (formats.contains(ReportFormat.CONSOLE)) {
            for (Finding f : result.findings()) {
                String line = display(f.location(), displayBase) + ": " + f.severity().label() + ": ["
                        + f.rule().id() + "] " + f.message();
                switch (f.severity()) {
                    case ERROR -> console.error(line);
                    case WARNING -> console.warning(line);
                }
            }
            console.info("consentflow: " + result.findings().size() + " finding(s) in " + result.filesAnalyzed()
                    + " file(s)");
        }
        if (!formats.contains(ReportFormat.JSON) && !formats.contains(ReportFormat.SARIF)) {
            return;
        }
        Files.createDirectories(outputDir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path root = result.reportRoot();
        if (formats.contains(ReportFormat.JSON)) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Finding f : result.findings()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("rule", f.rule().id());
                entry.put("file", relative(f.location().file(), root));
                entry.put("line", f.location().line());
                entry.put("column", f.location().column());
                findings.add(entry);
            }
            json.writeValue(outputDir.resolve("report.json").toFile(), Map.of("findings", findings));
        }
        if (formats.contains(ReportFormat.SARIF)) {
            List<Map<String, Object>> results = new ArrayList<>();
            for (Finding f : result.findings()) {
                Map<String, Object> physical = Map.of(
                        "artifactLocation",
                        Map.of("uri", relative(f.location().file(), root), "uriBaseId", "%SRCROOT%"),
                        "region", Map.of("startLine", f.location().line(), "startColumn", f.location().column()));
                results.add(Map.of("ruleId", f.rule().id(), "level", f.severity().label(),
                        "message", Map.of("text", f.message()),
                        "locations", List.of(Map.of("physicalLocation", physical))));
            }
            Map<String, Object> run = Map.of("tool", Map.of("driver", Map.of("name", "consentflow")),
                    "results", results);
            json.writeValue(outputDir.resolve("report.sarif").toFile(),
                    Map.of("version", "2.1.0", "runs", List.of(run)));
        }
    }

    private static String display(Location location, Path base) {
        return relative(location.file(), base) + ":" + location.line() + ":" + location.column();
    }

    private static String relative(Path file, Path base) {
        return file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
