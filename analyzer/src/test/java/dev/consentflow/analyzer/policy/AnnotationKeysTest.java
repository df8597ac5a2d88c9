package dev.consentflow.analyzer.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** A misspelled Fideslang key in an annotation is reported at its literal, with the nearest known key. */
class AnnotationKeysTest {
    private static final String MISSPELLED = """
            package shop;

            import dev.consentflow.annotations.*;

            class Lead {
                @PersonalData(category = "user.contact.emial")
                String email;

                @DataUse(purpose = "marketting")
                void send(String to) { }

                @PersonalData(category = "user.loyalty.tier")
                String tier;
            }
            """;

    @Test
    void unknownKeysAreReported() {
        AnalysisResult result = FlowTester.create().add("shop/Lead.java", MISSPELLED).analyze();
        assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsOnly(Diagnostic.Kind.UNKNOWN_KEY);
        assertThat(result.diagnostics()).extracting(d -> d.location().line() + ":" + d.message()).containsExactly(
                "6:unknown Fideslang data category \"user.contact.emial\" (did you mean user.contact.email?)",
                "9:unknown Fideslang data use \"marketting\" (did you mean marketing?)",
                "12:unknown Fideslang data category \"user.loyalty.tier\" "
                        + "(declare your own keys under taxonomy: in consentflow.yaml)");
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.INCOMPLETE);
    }

    @Test
    void keysDeclaredInThePolicyFileAreKnown() {
        AnalysisResult result = FlowTester.create().add("shop/Lead.java", MISSPELLED)
                .policy("taxonomy:\n  dataCategories: [user.loyalty.tier]\n").analyze();
        assertThat(result.diagnostics()).extracting(d -> d.location().line()).containsExactly(6, 9);
    }
}
