package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ToolVersion;
import dev.consentflow.analyzer.model.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
    @TempDir
    Path base;

    private String write(AnalysisResult result) throws IOException {
        Path out = base.resolve("out");
        Reports.write(result, EnumSet.of(ReportFormat.SARIF), out, new RecordingConsole(), base);
        return Files.readString(out.resolve("report.sarif"), StandardCharsets.UTF_8);
    }

    private JsonNode run(AnalysisResult result) throws IOException {
        JsonNode log = new ObjectMapper().readTree(write(result));
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        return log.get("runs").get(0);
    }

    @Test
    void describesTheToolAndEveryRuleInEnumOrder() throws IOException {
        JsonNode driver = run(SampleResults.clean(base)).get("tool").get("driver");

        assertThat(driver.get("name").asText()).isEqualTo("consentflow");
        assertThat(driver.get("version").asText()).isEqualTo(ToolVersion.current());
        assertThat(driver.get("rules").findValuesAsText("id"))
                .containsExactlyElementsOf(List.of(Rule.values()).stream().map(Rule::id).toList());
        JsonNode logged = driver.get("rules").get(Rule.PERSONAL_DATA_LOGGED.ordinal());
        assertThat(logged.get("shortDescription").get("text").asText()).isEqualTo(Rule.PERSONAL_DATA_LOGGED.summary());
        assertThat(logged.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        assertThat(driver.get("rules").get(0).get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    }

    @Test
    void describesSrcrootWithoutAnAbsoluteUri() throws IOException {
        String sarif = write(SampleResults.mixed(base));
        JsonNode srcroot = new ObjectMapper().readTree(sarif).get("runs").get(0).get("originalUriBaseIds").get("%SRCROOT%");

        assertThat(srcroot.has("uri")).isFalse();
        assertThat(srcroot.get("description").get("text").asText()).isNotBlank();
        assertThat(sarif).doesNotContain(base.toString()).doesNotContain("file:");
    }

    @Test
    void reportsAFindingAtItsLocationWithItsFlowAsACodeFlow() throws IOException {
        JsonNode result = run(SampleResults.mixed(base)).get("results").get(1);

        assertThat(result.get("ruleId").asText()).isEqualTo("unconsented-use");
        assertThat(result.get("ruleIndex").asInt()).isEqualTo(Rule.UNCONSENTED_USE.ordinal());
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.get("message").get("text").asText())
                .isEqualTo("Customer.email (user.contact.email) reaches Mailer.send (marketing) without a consent check");
        assertThat(result.get("locations")).hasSize(1);
        assertThat(result.get("locations").get(0)).isEqualTo(json("""
                {"physicalLocation": {
                   "artifactLocation": {"uri": "src/main/java/com/acme/Mailer.java", "uriBaseId": "%SRCROOT%"},
                   "region": {"startLine": 12, "startColumn": 13}}}"""));
        assertThat(result.get("properties")).isEqualTo(json("""
                {"categories": ["user.contact.email"], "purpose": "marketing.communications.email"}"""));
        JsonNode steps = result.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).get("location")).isEqualTo(json("""
                {"physicalLocation": {
                   "artifactLocation": {"uri": "src/main/java/com/acme/Customer.java", "uriBaseId": "%SRCROOT%"},
                   "region": {"startLine": 7, "startColumn": 5}},
                 "message": {"text": "reads Customer.email (user.contact.email)"}}"""));
        assertThat(steps.get(2).get("location").get("message").get("text").asText())
                .isEqualTo("used by Mailer.send (marketing.communications.email)");
    }

    @Test
    void carriesTheFingerprintOfEachFindingAndNoBaselineStateWithoutABaseline() throws IOException {
        JsonNode result = run(SampleResults.mixed(base)).get("results").get(1);

        assertThat(result.get("partialFingerprints")).isEqualTo(json(
                "{\"consentflow/v1\": \"" + SampleResults.UNCONSENTED_FINGERPRINT + "\"}"));
        assertThat(result.has("baselineState")).isFalse();
        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void marksSuppressionsWithTheirJustificationAndTheBaselineState() throws IOException {
        JsonNode results = run(SampleResults.triaged(base)).get("results");

        assertThat(results.get(0).get("suppressions")).isEqualTo(json("""
                [{"kind": "inSource", "status": "accepted", "justification": "removed in 2027.1",
                  "location": {"physicalLocation": {
                    "artifactLocation": {"uri": "src/main/java/com/acme/Mailer.java", "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": 18, "startColumn": 5}}}}]"""));
        assertThat(results.findValuesAsText("baselineState")).containsExactly("new", "unchanged", "new");
        assertThat(SarifSchema.violations(new ObjectMapper().readTree(write(SampleResults.triaged(base))))).isEmpty();
    }

    @Test
    void reportsAWarningWithItsLevelAndNoPurposeWhenItHasNone() throws IOException {
        JsonNode result = run(SampleResults.mixed(base)).get("results").get(2);

        assertThat(result.get("ruleId").asText()).isEqualTo("personal-data-logged");
        assertThat(result.get("level").asText()).isEqualTo("warning");
        assertThat(result.get("properties")).isEqualTo(json("{\"categories\": [\"user.contact.email\"]}"));
    }

    @Test
    void encodesUrisAndLeavesOutCodeFlowsForDeclarationFindings() throws IOException {
        JsonNode result = run(SampleResults.mixed(base)).get("results").get(0);

        assertThat(result.get("ruleId").asText()).isEqualTo("invalid-legal-basis");
        assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("src/main/java/com/acme/Legacy%20Sender.java");
        assertThat(result.has("codeFlows")).isFalse();
    }

    @Test
    void reportsDiagnosticsAsToolExecutionNotifications() throws IOException {
        JsonNode invocation = run(SampleResults.mixed(base)).get("invocations").get(0);

        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.get("toolExecutionNotifications")).isEqualTo(json("""
                [{"locations": [{"physicalLocation": {"artifactLocation":
                     {"uri": "src/main/java/com/acme/Broken.java", "uriBaseId": "%SRCROOT%"}}}],
                  "message": {"text": "unexpected end of file; the file was skipped"},
                  "level": "error", "descriptor": {"id": "parse-error", "index": 0}},
                 {"locations": [{"physicalLocation": {"artifactLocation":
                     {"uri": "../shared/Util.java", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 3, "startColumn": 8}}}],
                  "message": {"text": "cannot resolve symbol Helper; flows through it may be incomplete"},
                  "level": "warning", "descriptor": {"id": "unresolved", "index": 2}}]"""));
    }

    @Test
    void marksTheExecutionUnsuccessfulWhenNothingWasAnalyzable() throws IOException {
        AnalysisResult nothing = new AnalysisResult(List.of(), List.of(), 0, 0, SampleResults.root(base));

        assertThat(run(nothing).get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
    }

    @Test
    void isValidAgainstTheOfficialSchema() throws IOException {
        for (AnalysisResult result : List.of(SampleResults.mixed(base), SampleResults.clean(base))) {
            assertThat(SarifSchema.violations(new ObjectMapper().readTree(write(result)))).isEmpty();
        }
    }

    @Test
    void theSchemaCheckRejectsAnInvalidLog() throws IOException {
        ObjectNode log = (ObjectNode) new ObjectMapper().readTree(write(SampleResults.mixed(base)));
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");

        assertThat(SarifSchema.violations(log)).isNotEmpty();
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
