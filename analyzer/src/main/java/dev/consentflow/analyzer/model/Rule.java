package dev.consentflow.analyzer.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The descriptor of each rule (in the manner of Error Prone's {@code @BugPattern}): an id that never
 * changes, a one-line summary and a default severity. It feeds the console text, SARIF {@code rules[]}
 * and the JSON report. The rules and their order of precedence are those of DESIGN §1.
 */
public enum Rule {
    UNCONSENTED_USE("unconsented-use", Severity.ERROR,
            "Personal data reaches a use that needs consent (GDPR Art. 6(1)(a), Art. 7), and no consent check guards it."),
    PURPOSE_MISMATCH("purpose-mismatch", Severity.ERROR,
            "The only consent that holds for the data subject is for a purpose that does not cover the use's purpose (GDPR Art. 5(1)(b))."),
    SUBJECT_MISMATCH("subject-mismatch", Severity.ERROR,
            "Consent for the use's purpose holds only for another person than the one whose data is used."),
    SPECIAL_CATEGORY("special-category", Severity.ERROR,
            "Special-category data (GDPR Art. 9) reaches a consent-requiring use without a consent that names the category."),
    INVALID_LEGAL_BASIS("invalid-legal-basis", Severity.ERROR,
            "A data use claims a legal basis (GDPR Art. 6(1)) that its purpose may not claim."),
    PERSONAL_DATA_LOGGED("personal-data-logged", Severity.WARNING,
            "Personal data reaches a logger, System.out/err, printStackTrace or an exception message.");

    private final String id;
    private final Severity defaultSeverity;
    private final String summary;

    Rule(String id, Severity defaultSeverity, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    /** The rule whose {@link #id()} is {@code id}, if any. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** The stable rule id, e.g. {@code unconsented-use}. */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One sentence saying when the rule fires and which GDPR article it follows. */
    public String summary() {
        return summary;
    }
}
