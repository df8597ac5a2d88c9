package dev.consentflow.analyzer.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.model.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
    @TempDir
    Path dir;

    private Finding finding(String file, int line, String member, String fingerprint) {
        return new Finding(Rule.UNCONSENTED_USE, Severity.ERROR, "sent at line " + line,
                new Location(dir.resolve(file), line, 9), List.of("user.contact.email"), "marketing", List.of())
                .placed(member, fingerprint);
    }

    @Test
    void writesSortedEntriesWithoutLinesAndLeavesSuppressedFindingsOut() throws IOException {
        Finding suppressed = finding("src/A.java", 3, "a.A#x()", "cccc")
                .suppressed(new Suppression(Suppression.Kind.POLICY, "why", new Location(dir.resolve("p.yaml"), 2, 5)));
        List<Finding> findings = List.of(finding("src/B.java", 9, "b.B#y()", "bbbb"),
                finding("src/A.java", 40, "a.A#z()", "aaaa"), suppressed);
        Path file = dir.resolve("out/consentflow-baseline.json");

        assertThat(BaselineFile.write(findings, dir, file)).isEqualTo(2);

        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "version": 1,
                  "fingerprints": "consentflow/v1",
                  "findings": [
                    {
                      "fingerprint": "aaaa",
                      "rule": "unconsented-use",
                      "member": "a.A#z()",
                      "path": "src/A.java",
                      "message": "sent at line 40"
                    },
                    {
                      "fingerprint": "bbbb",
                      "rule": "unconsented-use",
                      "member": "b.B#y()",
                      "path": "src/B.java",
                      "message": "sent at line 9"
                    }
                  ]
                }
                """);
        assertThat(BaselineFile.read(file)).containsExactlyInAnyOrder("aaaa", "bbbb");
        assertThat(dir.resolve("out")).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aMissingFileNamesTheCommandThatWritesIt() {
        Path file = dir.resolve("consentflow-baseline.json");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(AnalysisException.class)
                .hasMessage(file + ": no such baseline file; write it anew with 'consentflow baseline' or the"
                        + " consentflow:baseline goal");
    }

    @Test
    void brokenJsonIsReportedAtItsLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"), "{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": }\n");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith(file + ":4:21: not a consentflow baseline (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anotherVersionIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"),
                "{\"version\": 2, \"fingerprints\": \"consentflow/v2\", \"findings\": []}");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith(file + ":1:1: baseline version 2 with fingerprints consentflow/v2; this"
                        + " consentflow reads version 1 with consentflow/v1");
    }

    @Test
    void anEntryWithoutFingerprintIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("b.json"),
                "{\"version\": 1, \"fingerprints\": \"consentflow/v1\", \"findings\": [{\"rule\": \"unconsented-use\"}]}");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith(file + ":1:1: a baseline entry has no \"fingerprint\"");
    }
}
