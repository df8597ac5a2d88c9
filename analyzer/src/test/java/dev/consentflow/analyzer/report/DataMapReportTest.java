package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.testing.FlowTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datamap.csv} and {@code datamap.json} of a small analyzed job: every flow, guarded or not. */
class DataMapReportTest {
    private static final String JOB = """
                void weekly(Customer c) {
                    if (consent.allowsMarketing(c)) {
                        mailer.sendPromotion(c.getEmail(), "hi, " + c.name);
                    }
                }
                void unguarded(Customer c) {
                    mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                }
                void optOut(Customer c) {
                    if (!c.unsubscribed) {
                        mailer.sendPromotion(c.email, "hi");
                    }
                }
                void receipt(Customer c) {
                    mailer.sendReceipt(c.getEmail(), "paid, \\"thanks\\"");
                }
            """;

    @TempDir
    Path out;

    private AnalysisResult writeDataMap() throws IOException {
        AnalysisResult result = FlowTester.job(JOB).check();
        Reports.write(result, EnumSet.of(ReportFormat.DATAMAP), out, new RecordingConsole(), out);
        return result;
    }

    @Test
    void theCsvHasOneRowPerFlowWithItsStatusAndGuard() throws IOException {
        writeDataMap();

        assertThat(Files.readString(out.resolve("datamap.csv"))).isEqualTo("""
                category,subject,purpose,legal_basis,source_member,sink_member,status,guard,location
                user.contact.email,customer,marketing.communications.email,CONSENT,Customer.email,Mailer.sendPromotion,guarded,ConsentRegistry.allowsMarketing,shop/Job.java:11
                user.name,customer,marketing.communications.email,CONSENT,Customer.name,Mailer.sendPromotion,guarded,ConsentRegistry.allowsMarketing,shop/Job.java:11
                user.contact.email,customer,marketing.communications.email,CONSENT,Customer.email,Mailer.sendPromotion,unguarded,,shop/Job.java:15
                user.contact.email,customer,marketing.communications.email,CONSENT,Customer.email,Mailer.sendPromotion,opt-out-only,Customer.unsubscribed,shop/Job.java:19
                user.contact.email,customer,essential.service.notifications,CONTRACT,Customer.email,Mailer.sendReceipt,other-legal-basis,,shop/Job.java:23
                """);
    }

    @Test
    void theJsonHasTheSameRowsWithRulesAndColumns() throws IOException {
        writeDataMap();

        JsonNode map = new ObjectMapper().readTree(out.resolve("datamap.json").toFile());
        assertThat(map.get("version").asInt()).isEqualTo(1);
        assertThat(map.get("flows")).hasSize(5);
        JsonNode unguarded = map.get("flows").get(2);
        assertThat(unguarded.get("status").asText()).isEqualTo("unguarded");
        assertThat(unguarded.get("rules").get(0).asText()).isEqualTo("unconsented-use");
        assertThat(unguarded.get("guards")).isEmpty();
        assertThat(unguarded.get("location").get("path").asText()).isEqualTo("shop/Job.java");
        assertThat(unguarded.get("location").get("line").asInt()).isEqualTo(15);
        assertThat(unguarded.has("subjectUnknown")).isFalse();
        assertThat(map.get("flows").get(0).get("guards").get(0).asText()).isEqualTo("ConsentRegistry.allowsMarketing");
        assertThat(map.get("flows").get(4).get("legalBasis").asText()).isEqualTo("CONTRACT");
    }

    @Test
    void aFieldWithACommaOrQuoteIsQuotedAsRfc4180Says() throws IOException {
        Path root = SampleResults.root(out);
        AnalysisResult result = SampleResults.mixed(out);
        AnalysisResult odd = new AnalysisResult(result.findings(), result.diagnostics(), 1, 1, root,
                result.flows().stream().map(f -> new Flow(f.category(), f.subject(),
                        f.purpose(), f.legalBasis(), "Outer.\"odd, name\"", f.sinkMember(), f.status(), f.guards(),
                        f.rules(), f.location(), f.steps(), f.subjectUnknown())).toList());

        Reports.write(odd, EnumSet.of(ReportFormat.DATAMAP), out, new RecordingConsole(), out);

        assertThat(Files.readString(out.resolve("datamap.csv"))).contains(",\"Outer.\"\"odd, name\"\"\",");
    }
}
