package dev.consentflow.analyzer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ToolVersion;
import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code report.json} document, as described in {@code docs/report-json.md}. Jackson serializes
 * these records in component order; renaming or reordering a component changes the format.
 */
final class JsonReport {
    static final String FILE_NAME = "report.json";
    /** Raised whenever a field is removed or changes meaning; adding a field keeps it. */
    static final int FORMAT_VERSION = 1;

    private JsonReport() {}

    /** The document for {@code result}, whose findings and diagnostics are already in report order. */
    static Document document(AnalysisResult result, ReportSummary summary) {
        Path root = result.reportRoot();
        return new Document(FORMAT_VERSION, new Tool("consentflow", ToolVersion.current()), summary,
                result.findings().stream().map(f -> finding(f, root)).toList(),
                result.diagnostics().stream().map(d -> diagnostic(d, root)).toList());
    }

    private static JsonFinding finding(Finding finding, Path root) {
        return new JsonFinding(finding.rule().id(), finding.severity().label(), finding.message(),
                location(finding.location(), root), finding.categories(), finding.purpose(),
                finding.flow().stream().map(s -> step(s, root)).toList(), finding.approximate() ? true : null,
                finding.member(), finding.fingerprint(),
                finding.suppression().map(s -> new JsonSuppression(ReportPaths.id(s.kind()), s.reason(),
                        location(s.location(), root))).orElse(null),
                finding.baseline() == BaselineState.NONE ? null : ReportPaths.id(finding.baseline()));
    }

    private static JsonStep step(FlowStep step, Path root) {
        return new JsonStep(ReportPaths.id(step.kind()), location(step.location(), root), step.message());
    }

    private static JsonDiagnostic diagnostic(Diagnostic diagnostic, Path root) {
        return new JsonDiagnostic(ReportPaths.id(diagnostic.kind()), location(diagnostic.location(), root),
                diagnostic.message());
    }

    private static JsonLocation location(Location location, Path root) {
        return new JsonLocation(ReportPaths.relative(root, location.file()), location.line(), location.column());
    }

    record Document(int version, Tool tool, ReportSummary summary, List<JsonFinding> findings,
            List<JsonDiagnostic> diagnostics) {}

    record Tool(String name, String version) {}

    /**
     * {@code approximate} is written only when true, {@code suppression} only for a suppressed finding and
     * {@code baseline} only when a baseline was given, so that other reports keep their shape.
     */
    record JsonFinding(String rule, String severity, String message, JsonLocation location,
            List<String> categories, String purpose, List<JsonStep> flow,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean approximate, String member, String fingerprint,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonSuppression suppression,
            @JsonInclude(JsonInclude.Include.NON_NULL) String baseline) {}

    record JsonSuppression(String kind, String reason, JsonLocation location) {}

    record JsonStep(String kind, JsonLocation location, String message) {}

    record JsonDiagnostic(String kind, JsonLocation location, String message) {}

    record JsonLocation(String path, int line, int column) {}
}
