package dev.consentflow.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.testing.FlowTester;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every use of personal data is a flow of the data map, with its status: guarded flows too, not only
 * those with findings. Each flow is rendered as {@code line category status [guards] rules}.
 */
class FlowInventoryTest {
    @Test
    void guardedAndUnguardedUsesAreFlows() {
        AnalysisResult result = FlowTester.job("""
                    void guarded(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void unguarded(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                """).check();

        assertThat(rows(result)).containsExactly(
                "11 user.contact.email guarded [ConsentRegistry.allowsMarketing] []",
                "15 user.contact.email unguarded [] [UNCONSENTED_USE]");
        Flow guarded = result.flows().get(0);
        assertThat(guarded.subject()).isEqualTo("customer");
        assertThat(guarded.purpose()).isEqualTo("marketing.communications.email");
        assertThat(guarded.legalBasis()).isEqualTo("CONSENT");
        assertThat(guarded.sourceMember()).isEqualTo("Customer.email");
        assertThat(guarded.sinkMember()).isEqualTo("Mailer.sendPromotion");
        assertThat(guarded.steps()).extracting(FlowStep::kind).startsWith(FlowStep.Kind.SOURCE).endsWith(FlowStep.Kind.SINK);
        assertThat(guarded.subjectUnknown()).isFalse();
    }

    @Test
    void anOptOutFlagGuardsAsOptOutOnly() {
        String job = """
                    void weekly(Customer c) {
                        if (!c.unsubscribed) {
                            mailer.sendPromotion(c.email, "hi"); // EXPECT: %s
                        }
                    }
                """;
        AnalysisResult lenient = FlowTester.job(job.formatted("none").replace(" // EXPECT: none", "")).check();
        assertThat(rows(lenient)).containsExactly("11 user.contact.email opt-out only [Customer.unsubscribed] []");

        AnalysisResult strict = FlowTester.job(job.formatted("unconsented-use"))
                .policy("rules:\n  optOutIsConsent: false\n").check();
        assertThat(rows(strict)).containsExactly(
                "11 user.contact.email unguarded [Customer.unsubscribed] [UNCONSENTED_USE]");
    }

    @Test
    void aUseOnAnotherLegalBasisNeedsNoConsent() {
        AnalysisResult result = FlowTester.job("""
                    void receipt(Customer c) {
                        mailer.sendReceipt(c.getEmail(), "paid");
                    }
                """).check();

        assertThat(rows(result)).containsExactly("10 user.contact.email other legal basis [] []");
        assertThat(result.flows().get(0).legalBasis()).isEqualTo("CONTRACT");
    }

    @Test
    void aUseInAPrivateMethodIsAFlowAtEachCallSite() {
        AnalysisResult result = FlowTester.job("""
                    public void run(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            send(c);
                        }
                        send(c); // EXPECT: unconsented-use
                    }
                    private void send(Customer c) {
                        mailer.sendPromotion(c.email, "hi");
                    }
                    private void checksItself(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.email, "hi");
                        }
                    }
                    public void callsIt(Customer c) {
                        checksItself(c);
                    }
                """).check();

        assertThat(rows(result)).containsExactly(
                "11 user.contact.email guarded [ConsentRegistry.allowsMarketing] []",
                "13 user.contact.email unguarded [] [UNCONSENTED_USE]",
                "20 user.contact.email guarded [ConsentRegistry.allowsMarketing] []");
    }

    @Test
    void eachDatumIsJudgedOnItsOwnAndASpecialCategoryNeedsItsNamedConsent() {
        AnalysisResult result = FlowTester.job("""
                    void mixed(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.email, c.allergies + c.name); // EXPECT: special-category
                        }
                    }
                """).check();

        assertThat(rows(result)).containsExactly(
                "11 user.contact.email guarded [ConsentRegistry.allowsMarketing] []",
                "11 user.health unguarded [ConsentRegistry.allowsMarketing] [SPECIAL_CATEGORY]",
                "11 user.name guarded [ConsentRegistry.allowsMarketing] []");
    }

    @Test
    void consentTravellingWithTheDataNamesItsGuard() {
        AnalysisResult result = FlowTester.job("""
                    List<String> pending = new ArrayList<>();
                    void collect(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            pending.add(c.email);
                        }
                    }
                    void flush() {
                        for (String to : pending) {
                            mailer.sendPromotion(to, "hi");
                        }
                    }
                """).check();

        assertThat(rows(result)).containsExactly("17 user.contact.email guarded [ConsentRegistry.allowsMarketing] []");
        assertThat(result.flows().get(0).subjectUnknown()).isTrue();
    }

    private static List<String> rows(AnalysisResult result) {
        return result.flows().stream()
                .map(f -> f.location().line() + " " + f.category() + " " + f.status().label() + " "
                        + f.guards() + " " + f.rules())
                .collect(Collectors.toList());
    }
}
