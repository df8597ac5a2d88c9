package dev.consentflow.analyzer.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Suppression;
import dev.consentflow.analyzer.testing.FlowTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 5 and DESIGN §1 "Suppression": annotations, policy-file entries, their reasons and staleness. */
class SuppressionsTest {
    private static final String LEGACY = """
                @SuppressWarnings("consentflow:unconsented-use")
                void legacy(Customer c) {
                    mailer.sendPromotion(c.getEmail(), "staff news");
                }
            """;

    private static final String REASON = """
            suppressions:
              - rule: unconsented-use
                member: "shop.Job#legacy(..)"
                reason: "mails go to internal staff only"
            """;

    /** {@code file:line: message}, the policy file (a temporary name) called {@code consentflow.yaml}. */
    private static List<String> suppressionProblems(AnalysisResult result) {
        return result.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.SUPPRESSION)
                .map(d -> fileName(d) + ":" + d.location().line() + ": " + d.message())
                .toList();
    }

    private static String fileName(Diagnostic diagnostic) {
        String name = diagnostic.location().file().getFileName().toString();
        return name.endsWith(".yaml") ? "consentflow.yaml" : name;
    }

    @Test
    void anAnnotationWithAReasonSuppressesAndTheFindingStaysMarked() {
        AnalysisResult result = FlowTester.job(LEGACY).policy(REASON).analyze();

        Finding finding = result.findings().get(0);
        assertThat(result.findings()).hasSize(1);
        assertThat(finding.suppression()).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(Suppression.Kind.IN_SOURCE);
            assertThat(s.reason()).isEqualTo("mails go to internal staff only");
            assertThat(s.location().line()).isEqualTo(9);
        });
        assertThat(finding.counts()).isFalse();
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.CLEAN);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aPolicyEntryAloneSuppressesCodeThatCarriesNoAnnotation() {
        AnalysisResult result = FlowTester.job(LEGACY.replace("@SuppressWarnings(\"consentflow:unconsented-use\")", ""))
                .policy(REASON).analyze();

        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.suppression()).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(Suppression.Kind.POLICY);
            assertThat(s.location().file().getFileName().toString()).endsWith(".yaml");
            assertThat(s.location().line()).isEqualTo(3);
        }));
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.CLEAN);
    }

    @Test
    void anAnnotationWithoutAReasonSuppressesNothingAndSaysWhatToAdd() {
        AnalysisResult result = FlowTester.job(LEGACY).analyze();

        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.counts()).isTrue());
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.VIOLATIONS);
        assertThat(suppressionProblems(result)).containsExactly("Job.java:9: @SuppressWarnings(\"consentflow:"
                + "unconsented-use\") has no reason, so its findings stand: add {rule: unconsented-use, member:"
                + " \"shop.Job#legacy(shop.Customer)\", reason: ...} under suppressions in consentflow.yaml");
    }

    @Test
    void anAnnotationForAnotherRuleLeavesTheFindingStanding() {
        String logged = LEGACY.replace("consentflow:unconsented-use", "consentflow:personal-data-logged");
        AnalysisResult result = FlowTester.job(logged).policy(REASON.replace("rule: unconsented-use",
                "rule: personal-data-logged")).analyze();

        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.suppression()).isEmpty());
        assertThat(suppressionProblems(result)).hasSize(2).allMatch(p -> p.contains("suppresses nothing"));
    }

    @Test
    void aStaleAnnotationAndItsEntryAreReported() {
        String guarded = LEGACY.replace("mailer.sendPromotion(c.getEmail(), \"staff news\");",
                "if (consent.allowsMarketing(c)) mailer.sendPromotion(c.getEmail(), \"staff news\");");
        AnalysisResult result = FlowTester.job(guarded).policy(REASON).analyze();

        assertThat(result.findings()).isEmpty();
        assertThat(suppressionProblems(result)).containsExactlyInAnyOrder(
                "Job.java:9: @SuppressWarnings(\"consentflow:unconsented-use\") suppresses nothing: no"
                        + " unconsented-use finding stands there any more; remove it and its suppressions entry",
                "consentflow.yaml:3: suppressions entry"
                        + " \"shop.Job#legacy(..)\" for unconsented-use suppresses nothing: no such finding stands"
                        + " there any more; remove the entry");
    }

    @Test
    void anEntryForAMemberThatDoesNotExistIsReportedOnceWithTheClosestMember() {
        AnalysisResult result = FlowTester.job(LEGACY).policy(REASON.replace("legacy(..)", "legasy(..)")).analyze();

        assertThat(suppressionProblems(result)).singleElement().asString().contains("has no reason");
        assertThat(result.diagnostics()).filteredOn(d -> d.kind() == Diagnostic.Kind.POLICY).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("legasy").contains("closest member"));
    }

    @Test
    void anUnknownRuleInTheAnnotationIsReported() {
        AnalysisResult result = FlowTester.job(LEGACY.replace("consentflow:unconsented-use", "consentflow:unconsented"))
                .analyze();

        assertThat(suppressionProblems(result)).singleElement().asString()
                .startsWith("Job.java:9: \"consentflow:unconsented\" names no consentflow rule");
    }

    @Test
    void anAnnotatedTypeIsSuppressedByAnEntryForTheWholeType() {
        AnalysisResult result = FlowTester.withShop().add("shop/Old.java", """
                package shop;

                @SuppressWarnings({"unchecked", "consentflow:unconsented-use"})
                class Old {
                    Mailer mailer;
                    void a(Customer c) { mailer.sendPromotion(c.getEmail(), "a"); }
                    void b(Customer c) { mailer.sendPromotion(c.getName(), "b"); }
                }
                """).policy("""
                suppressions:
                  - rule: unconsented-use
                    member: shop.Old
                    reason: "retired with the 2019 shop"
                """).analyze();

        assertThat(result.findings()).hasSize(2).allSatisfy(f -> assertThat(f.suppression())
                .hasValueSatisfying(s -> assertThat(s.location().line()).isEqualTo(3)));
        assertThat(result.diagnostics()).isEmpty();
    }
}
