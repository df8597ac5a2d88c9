package dev.consentflow.analyzer.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** Roles and rule settings from {@code consentflow.yaml}, for code nobody annotated. */
class PolicyFileFlowTest {
    /** A CRM, a mail gateway and a campaign, none of them annotated. */
    private static FlowTester crm(String campaign) {
        return FlowTester.create()
                .add("crm/Contact.java", """
                        package crm;

                        public class Contact {
                            private String email;
                            private boolean optedIn;
                            private boolean unsubscribed;
                            public String getEmail() { return email; }
                            public String getId() { return "1"; }
                            public boolean isOptedIn() { return optedIn; }
                            public boolean isUnsubscribed() { return unsubscribed; }
                        }
                        """)
                .add("crm/Gateway.java", """
                        package crm;

                        public interface Gateway {
                            void send(String to, String body);
                            String render(String template);
                        }
                        """)
                .add("crm/Campaign.java", """
                        package crm;

                        class Campaign {
                            Gateway gateway;
                        %s
                        }
                        """.formatted(campaign));
    }

    private static final String ROLES = """
            personalData:
              - member: "crm.Contact#getEmail()"
                category: user.contact.email
            dataUses:
              - member: "crm.Gateway#send(..)"
                purpose: marketing.communications.email
            consentChecks:
              - member: "crm.Contact#isOptedIn()"
                purpose: marketing
              - member: "crm.Contact#isUnsubscribed()"
                purpose: marketing
                grantedWhen: false
            """;

    @Test
    void rolesDeclaredInThePolicyFile() {
        crm("""
                    void unguarded(Contact c) {
                        gateway.send(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                    void guarded(Contact c) {
                        if (c.isOptedIn()) gateway.send(c.getEmail(), "hi");
                    }
                    void optOut(Contact c) {
                        if (c.isUnsubscribed()) return;
                        gateway.send(c.getEmail(), "hi");
                    }
                """).policy(ROLES).check();
    }

    @Test
    void optOutIsNotConsentWhenTheRulesSaySo() {
        crm("""
                    void optOut(Contact c) {
                        if (c.isUnsubscribed()) return;
                        gateway.send(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                """).policy(ROLES + "rules:\n  optOutIsConsent: false\n").check();
    }

    @Test
    void callersRestrictAPurpose() {
        crm("""
                    void weekly(Contact c) {
                        gateway.send(c.getEmail(), "news"); // EXPECT: unconsented-use
                    }
                    void receipt(Contact c) {
                        gateway.send(c.getEmail(), "order 42");
                    }
                """).policy("""
                personalData:
                  - member: "crm.Contact#getEmail()"
                    category: user.contact.email
                dataUses:
                  - member: "crm.Gateway#send(..)"
                    purpose: marketing.communications.email
                    callers: ["crm.Campaign#weekly(..)"]
                  - member: "crm.Gateway#send(..)"
                    purpose: essential.service.notifications
                    legalBasis: CONTRACT
                """).check();
    }

    @Test
    void propagatorsAndAnonymizers() {
        crm("""
                    void rendered(Contact c) {
                        gateway.send("ops@example.com", gateway.render(c.getEmail())); // EXPECT: unconsented-use
                    }
                    void hashed(Contact c) {
                        gateway.send("ops@example.com", Integer.toHexString(c.getEmail().hashCode()));
                    }
                """).policy(ROLES + """
                propagators:
                  - member: "crm.Gateway#render(..)"
                    from: [1]
                anonymizers:
                  - member: "java.lang.Integer#toHexString(..)"
                """).check();
    }

    @Test
    void severityOffAndWarning() {
        AnalysisResult off = crm("""
                    void unguarded(Contact c) {
                        gateway.send(c.getEmail(), "hi");
                    }
                """).policy(ROLES + "rules:\n  severity: { unconsented-use: off }\n").analyze();
        assertThat(off.findings()).isEmpty();
        AnalysisResult warning = crm("""
                    void unguarded(Contact c) {
                        gateway.send(c.getEmail(), "hi");
                    }
                """).policy(ROLES + "rules:\n  severity: { unconsented-use: warning }\n").analyze();
        assertThat(warning.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(warning.exitCode()).isEqualTo(AnalysisResult.CLEAN);
    }

    @Test
    void trustAllCallers() {
        crm("""
                    public void promote(Contact c) {
                        gateway.send(c.getEmail(), "hi");
                    }
                    public void guarded(Contact c) {
                        if (c.isOptedIn()) promote(c);
                    }
                    public void unguarded(Contact c) {
                        promote(c); // EXPECT: unconsented-use
                    }
                """).policy(ROLES + "rules:\n  trustCallers: all\n").check();
    }

    @Test
    void excludedFilesAreNotAnalyzed() {
        AnalysisResult result = crm("""
                    void unguarded(Contact c) {
                        gateway.send(c.getEmail(), "hi");
                    }
                """).policy(ROLES + "rules:\n  exclude: [\"crm/Campaign.java\"]\n").analyze();
        assertThat(result.findings()).isEmpty();
        assertThat(result.filesAnalyzed()).isEqualTo(2);
    }

    @Test
    void anEntryThatMatchesNothingIsReportedWithAHint() {
        AnalysisResult result = crm("""
                    void unguarded(Contact c) {
                        gateway.send(c.getEmail(), "hi");
                    }
                """).policy(ROLES + """
                anonymizers:
                  - member: "crm.Contact#getEmial()"
                """).analyze();
        assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsExactly(Diagnostic.Kind.POLICY);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.location().line()).isEqualTo(14);
        assertThat(d.message()).contains("crm.Contact#getEmial()").contains("getEmail");
    }

    @Test
    void invalidLegalBasisOfAnEntryStandsAtItsLine() {
        AnalysisResult result = crm("""
                    void nothing() { }
                """).policy("""
                dataUses:
                  - member: "crm.Gateway#send(..)"
                    purpose: marketing.communications.email
                    legalBasis: LEGITIMATE_INTERESTS
                """).analyze();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.INVALID_LEGAL_BASIS);
            assertThat(f.location().file().getFileName().toString()).endsWith(".yaml");
            assertThat(f.location().line()).isEqualTo(2);
        });
    }
}
