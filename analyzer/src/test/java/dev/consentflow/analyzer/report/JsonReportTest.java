package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consentflow.analyzer.ToolVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    @TempDir
    Path base;

    private String text;
    private JsonNode report;

    @BeforeEach
    void write() throws IOException {
        Path out = base.resolve("out");
        Reports.write(SampleResults.mixed(base), EnumSet.of(ReportFormat.JSON), out, new RecordingConsole(), base);
        text = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
        report = new ObjectMapper().readTree(text);
    }

    @Test
    void statesFormatVersionToolAndSummary() throws IOException {
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.get("tool")).isEqualTo(json("{\"name\":\"consentflow\",\"version\":\"" + ToolVersion.current() + "\"}"));
        assertThat(report.get("summary")).isEqualTo(json("""
                {"errors":2,"warnings":1,"filesAnalyzed":12,"linesAnalyzed":840,"filesSkipped":1,"exitCode":1,
                 "suppressed":0,"baselined":0}"""));
    }

    @Test
    void writesEachFindingWithItsFlowRelativeToTheReportRoot() throws IOException {
        assertThat(report.get("findings")).hasSize(3);
        assertThat(report.get("findings").get(1)).isEqualTo(json("""
                {"rule": "unconsented-use", "severity": "error",
                 "message": "Customer.email (user.contact.email) reaches Mailer.send (marketing) without a consent check",
                 "location": {"path": "src/main/java/com/acme/Mailer.java", "line": 12, "column": 13},
                 "categories": ["user.contact.email"], "purpose": "marketing.communications.email",
                 "flow": [
                   {"kind": "source", "location": {"path": "src/main/java/com/acme/Customer.java", "line": 7, "column": 5},
                    "message": "reads Customer.email (user.contact.email)"},
                   {"kind": "step", "location": {"path": "src/main/java/com/acme/Mailer.java", "line": 11, "column": 16},
                    "message": "assigned to to"},
                   {"kind": "sink", "location": {"path": "src/main/java/com/acme/Mailer.java", "line": 12, "column": 13},
                    "message": "used by Mailer.send (marketing.communications.email)"}],
                 "member": "com.acme.Mailer#send(Customer)", "fingerprint": "0123456789abcdef0123456789abcdef"}"""));
    }

    @Test
    void marksSuppressedAndBaselinedFindingsAndCountsOnlyTheOthers() throws IOException {
        Path out = base.resolve("triaged");
        Reports.write(SampleResults.triaged(base), EnumSet.of(ReportFormat.JSON), out, new RecordingConsole(), base);
        JsonNode triaged = new ObjectMapper().readTree(out.resolve("report.json").toFile());

        assertThat(triaged.get("summary").get("errors").asInt()).isZero();
        assertThat(triaged.get("summary").get("warnings").asInt()).isEqualTo(1);
        assertThat(triaged.get("summary").get("suppressed").asInt()).isEqualTo(1);
        assertThat(triaged.get("summary").get("baselined").asInt()).isEqualTo(1);
        assertThat(triaged.get("summary").get("exitCode").asInt()).isZero();
        JsonNode findings = triaged.get("findings");
        assertThat(findings.get(0).get("suppression")).isEqualTo(json("""
                {"kind": "in-source", "reason": "removed in 2027.1",
                 "location": {"path": "src/main/java/com/acme/Mailer.java", "line": 18, "column": 5}}"""));
        assertThat(findings.findValuesAsText("baseline")).containsExactly("new", "unchanged", "new");
        assertThat(findings.get(1).has("suppression")).isFalse();
        assertThat(report.get("findings").get(0).has("baseline")).as("no baseline given").isFalse();
    }

    @Test
    void sortsFindingsByLocationAndKeepsDeclarationFindingsWithoutFlow() {
        assertThat(report.get("findings").findValuesAsText("rule"))
                .containsExactly("invalid-legal-basis", "unconsented-use", "personal-data-logged");
        JsonNode declaration = report.get("findings").get(0);
        assertThat(declaration.get("location").get("path").asText()).isEqualTo("src/main/java/com/acme/Legacy Sender.java");
        assertThat(declaration.get("flow")).isEmpty();
        assertThat(report.get("findings").get(2).get("purpose").isNull()).isTrue();
    }

    @Test
    void writesDiagnosticsWithRelativePathsEvenOutsideTheRoot() throws IOException {
        assertThat(report.get("diagnostics")).isEqualTo(json("""
                [{"kind": "parse-error", "location": {"path": "src/main/java/com/acme/Broken.java", "line": 0, "column": 0},
                  "message": "unexpected end of file; the file was skipped"},
                 {"kind": "unresolved", "location": {"path": "../shared/Util.java", "line": 3, "column": 8},
                  "message": "cannot resolve symbol Helper; flows through it may be incomplete"}]"""));
    }

    @Test
    void holdsNoAbsolutePathAndEndsWithANewline() {
        assertThat(text).doesNotContain(base.toString()).doesNotContain("\\").endsWith("}\n");
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
