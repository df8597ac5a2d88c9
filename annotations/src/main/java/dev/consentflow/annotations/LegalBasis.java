package dev.consentflow.annotations;

/**
 * The legal bases for processing personal data of GDPR Art. 6(1)(a)–(f).
 *
 * <pre>{@code
 * @DataUse(purpose = "essential.service.notifications", legalBasis = LegalBasis.CONTRACT)
 * void sendReceipt(String to, String body);
 * }</pre>
 */
public enum LegalBasis {
    /** Art. 6(1)(a): the data subject has given consent. */
    CONSENT,
    /** Art. 6(1)(b): necessary for a contract with the data subject. */
    CONTRACT,
    /** Art. 6(1)(c): necessary for a legal obligation of the controller. */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(d): necessary to protect someone's vital interests. */
    VITAL_INTERESTS,
    /** Art. 6(1)(e): necessary for a task in the public interest. */
    PUBLIC_TASK,
    /** Art. 6(1)(f): necessary for the controller's legitimate interests. */
    LEGITIMATE_INTERESTS
}
