package dev.consentflow.analyzer.policy.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SubjectSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyDeclarationsTest {
    private static final MemberRef GET_EMAIL = MemberRef.method("com.acme.crm.Customer", "getEmail", List.of());
    private static final MemberRef SEND = MemberRef.method("com.acme.mail.Mailer", "send",
            List.of("java.lang.String", "java.lang.String"));
    private static final MemberRef WEEKLY = MemberRef.method("com.acme.campaigns.Weekly", "run", List.of());
    private static final MemberRef RECEIPTS = MemberRef.method("com.acme.shop.Receipts", "mail", List.of());

    @TempDir
    Path dir;

    @Test
    void answersTheIssueExampleByPattern() throws IOException {
        PolicyDeclarations roles = declarations(PolicyFileReaderTest.ISSUE_EXAMPLE);

        assertThat(roles.source(GET_EMAIL))
                .contains(new Roles.Source(List.of("user.contact.email"), "customer"));
        assertThat(roles.source(MemberRef.method("com.acme.crm.Customer", "getName", List.of()))).isEmpty();
        assertThat(roles.check(MemberRef.method("com.acme.crm.Customer", "isUnsubscribed", List.of())))
                .contains(new Roles.Check("marketing", new SubjectSpec(0), false, List.of()));
        assertThat(roles.anonymizer(MemberRef.method("com.acme.stats.Hashing", "bucket", List.of("long")))).isTrue();
        assertThat(roles.anonymizer(GET_EMAIL)).isFalse();
        assertThat(roles.propagator(MemberRef.method("org.stringtemplate.v4.ST", "render", List.of())))
                .contains(List.of(0));
        MemberRef blast = MemberRef.method("com.acme.legacy.OldMailer", "blast", List.of("java.util.List"));
        assertThat(roles.suppression(Rule.UNCONSENTED_USE, blast)).map(PolicyFile.Suppression::reason)
                .contains("removed in 2027.1, mails go to internal staff only");
        assertThat(roles.suppression(Rule.SUBJECT_MISMATCH, blast)).isEmpty();
    }

    @Test
    void aUseWithCallersAppliesToCallsFromThemOnlyAndWinsOverAGeneralOne() throws IOException {
        PolicyDeclarations roles = declarations("""
                dataUses:
                  - member: com.acme.mail.Mailer#send(..)
                    purpose: essential.service.notifications.email
                    legalBasis: CONTRACT
                  - member: com.acme.mail.Mailer#send(..)
                    purpose: marketing.communications.email
                    callers: ["com.acme.campaigns.Weekly#run()"]
                """);

        Roles.Sink transactional = new Roles.Sink("essential.service.notifications.email", "CONTRACT");
        Roles.Sink marketing = new Roles.Sink("marketing.communications.email", "CONSENT");
        assertThat(roles.sink(SEND, Optional.of(WEEKLY))).contains(marketing);
        assertThat(roles.sink(SEND, Optional.of(RECEIPTS))).contains(transactional);
        assertThat(roles.sink(SEND, Optional.empty())).contains(transactional);
    }

    @Test
    void aUseWithCallersAloneDoesNotApplyElsewhere() throws IOException {
        PolicyDeclarations roles = declarations("""
                dataUses:
                  - member: com.acme.mail.Mailer#send(..)
                    purpose: marketing.communications.email
                    callers: com.acme.campaigns.Weekly
                """);

        assertThat(roles.sink(SEND, Optional.of(WEEKLY))).isPresent();
        assertThat(roles.sink(SEND, Optional.of(RECEIPTS))).isEmpty();
        assertThat(roles.sink(SEND, Optional.empty())).isEmpty();
    }

    @Test
    void aBareTypeIsPersonalDataAsAValueAndAUseForEveryMethod() throws IOException {
        PolicyDeclarations roles = declarations("""
                personalData:
                  - member: com.acme.crm.Customer$Address
                    category: user.contact.address
                dataUses:
                  - member: com.acme.mail.Mailer
                    purpose: marketing
                """);

        assertThat(roles.typeSource("com.acme.crm.Customer.Address")).map(Roles.Source::categories)
                .contains(List.of("user.contact.address"));
        assertThat(roles.typeSource("com.acme.crm.Customer$Address")).isPresent();
        assertThat(roles.source(MemberRef.method("com.acme.crm.Customer.Address", "getStreet", List.of()))).isEmpty();
        assertThat(roles.sink(SEND, Optional.empty())).map(Roles.Sink::purpose).contains("marketing");
        assertThat(roles.sink(MemberRef.method("com.acme.mail.Mailer", "close", List.of()), Optional.empty()))
                .isPresent();
    }

    @Test
    void theFirstMatchingEntryWins() throws IOException {
        PolicyDeclarations roles = declarations("""
                personalData:
                  - member: com.acme.crm.Customer#getEmail()
                    category: user.contact.email
                  - member: com.acme.crm.Customer#getEmail
                    category: user.contact
                """);

        assertThat(roles.source(GET_EMAIL)).map(Roles.Source::categories).contains(List.of("user.contact.email"));
    }

    @Test
    void entriesThatMatchedNothingAreReportedWithTheClosestKnownMember() throws IOException {
        PolicyDeclarations roles = declarations("""
                personalData:
                  - member: com.acme.crm.Customer#getEmail()
                    category: user.contact.email
                  - member: com.acme.crm.Customer#getEmial()
                    category: user.contact.email
                  - member: com.acme.crm.Customer#phone
                    category: user.contact.phone_number
                dataUses:
                  - member: com.acme.mail.Mailr
                    purpose: marketing
                anonymizers:
                  - member: org.example.Nothing#like(..)
                """);
        roles.source(GET_EMAIL);
        MemberRef phone = MemberRef.field("com.acme.crm.Customer", "phone");
        MemberRef setEmail = MemberRef.method("com.acme.crm.Customer", "setEmail", List.of("java.lang.String"));

        List<Diagnostic> warnings = roles.unmatched(List.of(GET_EMAIL, setEmail, phone, SEND));

        Path file = dir.resolve("consentflow.yaml").toAbsolutePath().normalize();
        assertThat(warnings).containsExactly(
                new Diagnostic(Diagnostic.Kind.POLICY, new Location(file, 4, 13),
                        "personalData entry \"com.acme.crm.Customer#getEmial()\" matches nothing in the analyzed code; "
                                + "closest member: com.acme.crm.Customer#getEmail()"),
                new Diagnostic(Diagnostic.Kind.POLICY, new Location(file, 9, 13),
                        "dataUses entry \"com.acme.mail.Mailr\" matches nothing in the analyzed code; "
                                + "closest type: com.acme.mail.Mailer"),
                new Diagnostic(Diagnostic.Kind.POLICY, new Location(file, 12, 13),
                        "anonymizers entry \"org.example.Nothing#like(..)\" matches nothing in the analyzed code"));
    }

    @Test
    void aUseWhoseCallersNeverCalledIsReported() throws IOException {
        PolicyDeclarations roles = declarations("""
                dataUses:
                  - member: com.acme.mail.Mailer#send(..)
                    purpose: marketing.communications.email
                    callers: com.acme.campaigns.Weekly#run()
                """);
        roles.sink(SEND, Optional.of(RECEIPTS));

        assertThat(roles.unmatched(List.of())).extracting(Diagnostic::message).containsExactly(
                "dataUses entry \"com.acme.mail.Mailer#send(..)\" matches nothing in the analyzed code");
        roles.sink(SEND, Optional.of(WEEKLY));
        assertThat(roles.unmatched(List.of())).isEmpty();
    }

    private PolicyDeclarations declarations(String yaml) throws IOException {
        return new PolicyDeclarations(PolicyFileReader.read(Files.writeString(dir.resolve("consentflow.yaml"), yaml)));
    }
}
