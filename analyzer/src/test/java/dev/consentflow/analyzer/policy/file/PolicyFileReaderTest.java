package dev.consentflow.analyzer.policy.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SubjectSpec;
import dev.consentflow.analyzer.policy.Taxonomy;
import dev.consentflow.analyzer.policy.file.PolicyFile.Anonymizer;
import dev.consentflow.analyzer.policy.file.PolicyFile.ConsentCheck;
import dev.consentflow.analyzer.policy.file.PolicyFile.DataUse;
import dev.consentflow.analyzer.policy.file.PolicyFile.PersonalData;
import dev.consentflow.analyzer.policy.file.PolicyFile.Propagator;
import dev.consentflow.analyzer.policy.file.PolicyFile.Suppression;
import dev.consentflow.analyzer.policy.file.PolicyFile.TaxonomyExtras;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileReaderTest {
    /** The example of issue 3, as docs/policy-file.md shows it. */
    static final String ISSUE_EXAMPLE = """
            personalData:
              - member: "com.acme.crm.Customer#getEmail()"     # method; "#email" for a field; a bare type for all its values
                category: user.contact.email
                subject: customer
            dataUses:
              - member: "com.acme.mail.Mailer#send(..)"         # (..) any parameters; (java.lang.String, int) exact
                purpose: marketing.communications.email
                legalBasis: CONSENT                              # default CONSENT
                callers: ["com.acme.campaigns.Weekly#run()"]     # optional: the purpose applies to calls from these only
            consentChecks:
              - member: "com.acme.crm.Customer#isUnsubscribed()"
                purpose: marketing
                grantedWhen: false                               # an opt-out flag
                subject: "#0"
            anonymizers:
              - member: "com.acme.stats.Hashing#bucket(..)"
            propagators:
              - member: "org.stringtemplate.v4.ST#render()"
                from: [receiver]                                 # the result carries the receiver's data
            taxonomy:
              dataCategories: [user.loyalty.tier]                # keys of your own beside Fideslang 3.2
            rules:
              consentRequired: [marketing, personalize]          # purposes (with their sub-purposes) that need consent
              specialCategories: [user.health_and_medical, user.biometric]
              allowedLegalBases: { marketing: [CONSENT] }
              severity: { personal-data-logged: warning }
              exclude: ["**/generated/**"]                       # java.nio.file globs, relative to each source root
              trustCallers: private                              # or: all
              optOutIsConsent: true
            suppressions:
              - rule: unconsented-use
                member: "com.acme.legacy.OldMailer#blast(..)"
                reason: "removed in 2027.1, mails go to internal staff only"
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheIssueExampleIntoTypedEntriesWithTheirPositions() throws IOException {
        Path file = write(ISSUE_EXAMPLE);

        PolicyFile policy = PolicyFileReader.read(file);

        PolicyFile expected = new PolicyFile(file,
                List.of(new PersonalData(MemberPattern.parse("com.acme.crm.Customer#getEmail()"),
                        new Roles.Source(List.of("user.contact.email"), "customer"), new Position(2, 13))),
                List.of(new DataUse(MemberPattern.parse("com.acme.mail.Mailer#send(..)"),
                        new Roles.Sink("marketing.communications.email", "CONSENT"),
                        List.of(MemberPattern.parse("com.acme.campaigns.Weekly#run()")), new Position(6, 13))),
                List.of(new ConsentCheck(MemberPattern.parse("com.acme.crm.Customer#isUnsubscribed()"),
                        new Roles.Check("marketing", new SubjectSpec(0), false, List.of()), new Position(11, 13))),
                List.of(new Anonymizer(MemberPattern.parse("com.acme.stats.Hashing#bucket(..)"), new Position(16, 13))),
                List.of(new Propagator(MemberPattern.parse("org.stringtemplate.v4.ST#render()"), List.of(0),
                        new Position(18, 13))),
                new TaxonomyExtras(List.of("user.loyalty.tier"), List.of()),
                new Policy(List.of("marketing", "personalize"), List.of("user.health_and_medical", "user.biometric"),
                        Map.of("marketing", List.of("CONSENT")), Map.of(Rule.PERSONAL_DATA_LOGGED, Severity.WARNING),
                        Set.of(), List.of("**/generated/**"), Policy.TrustCallers.PRIVATE, true),
                List.of(new Suppression(Rule.UNCONSENTED_USE,
                        MemberPattern.parse("com.acme.legacy.OldMailer#blast(..)"),
                        "removed in 2027.1, mails go to internal staff only", new Position(32, 13))));
        assertThat(policy).isEqualTo(expected);
        assertThat(policy.entries()).hasSize(6);
        assertThat(policy.knownKeys().knows(FideslangTaxonomy.Kind.DATA_CATEGORY, "user.loyalty.tier")).isTrue();
    }

    @Test
    void docsShowThisExample() throws IOException {
        // Surefire runs in the module directory.
        assertThat(Files.readString(Path.of("..", "docs", "policy-file.md")))
                .contains("```yaml\n" + ISSUE_EXAMPLE + "```");
    }

    @Test
    void leftOutKeysTakeTheirDefaults() throws IOException {
        PolicyFile policy = PolicyFileReader.read(write("""
                personalData:
                  - member: com.acme.crm.Customer
                    category: [user.name, user.contact]
                dataUses:
                  - member: com.acme.mail.Mailer#send
                    purpose: essential.service.notifications.email
                consentChecks:
                  - member: com.acme.crm.Consents#allows(com.acme.crm.Customer, java.lang.String)
                    purpose: marketing.communications
                    categories: user.health
                rules:
                  severity: { personal-data-logged: off, special-category: warning }
                """));

        assertThat(policy.personalData().get(0).source())
                .isEqualTo(new Roles.Source(List.of("user.name", "user.contact"), "customer"));
        assertThat(policy.dataUses().get(0).sink())
                .isEqualTo(new Roles.Sink("essential.service.notifications.email", "CONSENT"));
        assertThat(policy.dataUses().get(0).callers()).isEmpty();
        assertThat(policy.consentChecks().get(0).check()).isEqualTo(new Roles.Check("marketing.communications",
                new SubjectSpec(SubjectSpec.DEFAULT), true, List.of("user.health")));
        assertThat(policy.taxonomy()).isEqualTo(TaxonomyExtras.NONE);
        Policy rules = policy.policy();
        assertThat(rules.consentRequired()).isEqualTo(Policy.DEFAULT.consentRequired());
        assertThat(rules.specialCategories()).isEqualTo(Taxonomy.DEFAULT_SPECIAL_CATEGORIES);
        assertThat(rules.severity(Rule.PERSONAL_DATA_LOGGED)).isEmpty();
        assertThat(rules.severity(Rule.SPECIAL_CATEGORY)).contains(Severity.WARNING);
        assertThat(rules.severity(Rule.UNCONSENTED_USE)).contains(Severity.ERROR);
        assertThat(rules.trustCallers()).isEqualTo(Policy.TrustCallers.PRIVATE);
        assertThat(rules.optOutIsConsent()).isTrue();
        assertThat(policy.suppressions()).isEmpty();
    }

    @Test
    void withoutRulesThePolicyIsTheDefault() throws IOException {
        PolicyFile policy = PolicyFileReader.read(write("""
                anonymizers:
                  - member: com.acme.stats.Hashing#bucket
                """));
        assertThat(policy.policy()).isEqualTo(Policy.DEFAULT);
    }

    @Test
    void propagatorsTakeTheReceiverAndArgumentNumbers() throws IOException {
        PolicyFile policy = PolicyFileReader.read(write("""
                propagators:
                  - member: java.lang.String#format(..)
                    from: [1, 2]
                  - member: org.stringtemplate.v4.ST#add(java.lang.String, java.lang.Object)
                    from: [receiver, 2]
                  - member: org.stringtemplate.v4.ST#render()
                    from: receiver
                """));
        assertThat(policy.propagators()).extracting(Propagator::from)
                .containsExactly(List.of(1, 2), List.of(0, 2), List.of(0));
    }

    @Test
    void allowedLegalBasesAndTrustCallersAll() throws IOException {
        Policy policy = PolicyFileReader.read(write("""
                taxonomy:
                  dataUses: [marketing.loyalty]
                rules:
                  allowedLegalBases:
                    marketing: CONSENT
                    essential: [CONTRACT, LEGAL_OBLIGATION]
                    marketing.loyalty: [CONSENT, LEGITIMATE_INTERESTS]
                  trustCallers: all
                  optOutIsConsent: false
                  exclude: "**/*Generated.java"
                """)).policy();
        assertThat(policy.allowedBases("marketing.advertising")).containsExactly("CONSENT");
        assertThat(policy.allowedBases("essential.service")).containsExactly("CONTRACT", "LEGAL_OBLIGATION");
        assertThat(policy.allowedBases("marketing.loyalty")).containsExactly("CONSENT", "LEGITIMATE_INTERESTS");
        assertThat(policy.trustCallers()).isEqualTo(Policy.TrustCallers.ALL);
        assertThat(policy.optOutIsConsent()).isFalse();
        assertThat(policy.excludes()).containsExactly("**/*Generated.java");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("consentflow.yaml"), text);
    }
}
