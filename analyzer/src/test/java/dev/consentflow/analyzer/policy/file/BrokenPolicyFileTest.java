package dev.consentflow.analyzer.policy.file;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.AnalysisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of broken consentflow.yaml gives one exact {@code file:line:col: message}. */
class BrokenPolicyFileTest {
    @TempDir
    Path dir;

    @Test
    void notYaml() {
        assertError("""
                personalData:
                  - member: "com.acme.Customer#getEmail()
                    category: user.name
                """, "4:1: not valid YAML: found unexpected end of stream (while scanning a quoted scalar at 2:13)");
    }

    @Test
    void multiLineProblemStaysOneLine() {
        // Found by PolicyFuzzTest: an alias marker at the end of a line.
        assertError("dataUses:\n  - member: \"shop.Nowhere#gone()\"*\ndataUses:\n",
                "2:35: not valid YAML: unexpected character found (10) (while scanning an alias at 2:34)");
    }

    @Test
    void tabIndentation() {
        assertError("rules:\n\tconsentRequired: [marketing]\n",
                "2:1: not valid YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) "
                        + "for indentation) (while scanning for the next token)");
    }

    @Test
    void emptyFile() {
        assertError("# nothing declared yet\n",
                "1:1: the policy file is empty; declare at least one section, e.g. personalData");
    }

    @Test
    void unknownSection() {
        assertError("""
                rules:
                  optOutIsConsent: false
                personaldata:
                  - member: com.acme.Customer#getEmail()
                """, "3:1: unknown key \"personaldata\" in the policy file; did you mean \"personalData\"?");
    }

    @Test
    void unknownEntryKey() {
        assertError("""
                personalData:
                  - member: com.acme.Customer#getEmail()
                    categories: user.contact.email
                """, "3:5: unknown key \"categories\" in personalData entry; did you mean \"category\"?");
    }

    @Test
    void unknownKeyFarFromAnyKnownOne() {
        assertError("""
                rules:
                  strict: true
                """, "2:3: unknown key \"strict\" in rules; expected one of consentRequired, specialCategories, "
                + "allowedLegalBases, severity, exclude, trustCallers, optOutIsConsent");
    }

    @Test
    void duplicateKey() {
        assertError("""
                rules:
                  consentRequired: [marketing]
                anonymizers:
                  - member: com.acme.Hashing#bucket
                rules:
                  severity: { unconsented-use: off }
                """, "5:1: duplicate key \"rules\" in the policy file (first at 1:1)");
    }

    @Test
    void duplicateKeyInAnEntry() {
        assertError("""
                dataUses:
                  - member: com.acme.Mailer#send(..)
                    purpose: marketing
                    purpose: essential
                """, "4:5: duplicate key \"purpose\" in dataUses entry (first at 3:5)");
    }

    @Test
    void sectionOfTheWrongType() {
        assertError("""
                personalData:
                  member: com.acme.Customer#getEmail()
                """, "2:3: personalData: expected a list of entries, found a mapping");
    }

    @Test
    void scalarOfTheWrongType() {
        assertError("""
                consentChecks:
                  - member: com.acme.Customer#isUnsubscribed()
                    purpose: marketing
                    grantedWhen: "no"
                """, "4:18: grantedWhen: expected true or false, found \"no\"");
    }

    @Test
    void entryThatIsNotAMapping() {
        assertError("""
                anonymizers:
                  - com.acme.Hashing#bucket
                """, "2:5: anonymizers entry: expected a mapping with member, found \"com.acme.Hashing#bucket\"");
    }

    @Test
    void missingMember() {
        assertError("""
                dataUses:
                  - purpose: marketing
                """, "2:5: dataUses entry: \"member\" is missing");
    }

    @Test
    void malformedMemberPattern() {
        assertError("""
                dataUses:
                  - member: "com.acme.Mailer#send(String)"
                    purpose: marketing
                """, "2:13: malformed member pattern \"com.acme.Mailer#send(String)\": parameter type \"String\" is "
                + "not qualified (e.g. java.lang.String); expected Type, Type#member or Type#method(params)");
    }

    @Test
    void consentCheckOnAWholeType() {
        assertError("""
                consentChecks:
                  - member: com.acme.Customer
                    purpose: marketing
                """, "2:13: member: \"com.acme.Customer\" names a type; name a member: Type#member");
    }

    @Test
    void unknownRuleId() {
        assertError("""
                rules:
                  severity: { unconsented_use: warning }
                """, "2:15: unknown rule \"unconsented_use\"; did you mean \"unconsented-use\"?");
    }

    @Test
    void unknownRuleIdInASuppression() {
        assertError("""
                suppressions:
                  - rule: consent
                    member: com.acme.OldMailer#blast(..)
                    reason: internal staff only
                """, "2:11: unknown rule \"consent\"; expected one of unconsented-use, purpose-mismatch, "
                + "subject-mismatch, special-category, invalid-legal-basis, personal-data-logged");
    }

    @Test
    void unknownLegalBasis() {
        assertError("""
                dataUses:
                  - member: com.acme.Mailer#send(..)
                    purpose: marketing
                    legalBasis: LEGITIMATE_INTEREST
                """, "4:17: unknown legal basis \"LEGITIMATE_INTEREST\"; expected one of CONSENT, CONTRACT, "
                + "LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS");
    }

    @Test
    void unknownDataCategory() {
        assertError("""
                personalData:
                  - member: com.acme.Customer#getEmail()
                    category: [user.name, user.contact.emial]
                """, "3:27: unknown data category \"user.contact.emial\"; did you mean \"user.contact.email\"?");
    }

    @Test
    void unknownDataUseNotDeclaredUnderTaxonomy() {
        assertError("""
                taxonomy:
                  dataCategories: [user.loyalty.tier]
                rules:
                  consentRequired: [marketing, newsletter]
                """, "4:32: unknown data use \"newsletter\"; declare your own keys under taxonomy: dataUses");
    }

    @Test
    void unknownPurposeAsAMappingKey() {
        assertError("""
                rules:
                  allowedLegalBases:
                    marketting: [CONSENT]
                """, "3:5: unknown data use \"marketting\"; did you mean \"marketing\"?");
    }

    @Test
    void malformedOwnTaxonomyKey() {
        assertError("""
                taxonomy:
                  dataCategories: ["user loyalty tier"]
                """, "2:20: dataCategories: \"user loyalty tier\" is not a taxonomy key (dot-separated words such as "
                + "user.loyalty.tier)");
    }

    @Test
    void badSeverity() {
        assertError("""
                rules:
                  severity:
                    personal-data-logged: info
                """, "3:27: unknown severity \"info\" for personal-data-logged; expected error, warning or off");
    }

    @Test
    void suppressionWithoutReason() {
        assertError("""
                suppressions:
                  - rule: unconsented-use
                    member: com.acme.OldMailer#blast(..)
                """, "2:5: suppressions entry: \"reason\" is missing; say why the finding may stand");
    }

    @Test
    void suppressionWithABlankReason() {
        assertError("""
                suppressions:
                  - rule: unconsented-use
                    member: com.acme.OldMailer#blast(..)
                    reason: "  "
                """, "4:13: reason: is empty; say why the finding may stand");
    }

    @Test
    void badSubject() {
        assertError("""
                consentChecks:
                  - member: com.acme.Consents#allows(..)
                    purpose: marketing
                    subject: "#first"
                """, "4:14: subject \"#first\" is not \"\", \"#0\" (the receiver) or \"#n\" (the n-th parameter)");
    }

    @Test
    void unquotedSubjectIsAComment() {
        assertError("""
                consentChecks:
                  - member: com.acme.Customer#isOptedIn()
                    purpose: marketing
                    subject: #0
                """, "4:13: subject: expected a string, found nothing (a # after a blank starts a comment: "
                + "quote values such as \"#0\")");
    }

    @Test
    void badPropagatorInput() {
        assertError("""
                propagators:
                  - member: java.lang.String#format(..)
                    from: [receiver, 0]
                """, "3:22: from: expected receiver or an argument number (1 for the first argument), "
                + "found the number 0");
    }

    @Test
    void emptyCategoryList() {
        assertError("""
                personalData:
                  - member: com.acme.Customer#getEmail()
                    category: []
                """, "3:15: category: expected at least one value, found an empty list");
    }

    @Test
    void badGlob() {
        assertError("""
                rules:
                  exclude: ["**/generated/[ab"]
                """, "2:13: exclude: \"**/generated/[ab\" is not a glob: Missing ']");
    }

    @Test
    void badTrustCallers() {
        assertError("""
                rules:
                  trustCallers: public
                """, "2:17: trustCallers: expected private or all, found \"public\"");
    }

    @Test
    void unreadableFile() {
        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> PolicyFileReader.read(missing))
                .isInstanceOf(AnalysisException.class)
                .hasMessage(missing + ": cannot read the policy file (java.nio.file.NoSuchFileException: "
                        + missing + ")");
    }

    /** Writes {@code yaml} as consentflow.yaml and expects {@code <file>:<message>}. */
    private void assertError(String yaml, String message) {
        Path file = dir.resolve("consentflow.yaml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> PolicyFileReader.read(file))
                .isInstanceOf(AnalysisException.class)
                .hasMessage(file + ":" + message);
    }
}
