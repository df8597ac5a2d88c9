package dev.consentflow.analyzer.guard;

/** The judgement of one datum at one use, in DESIGN §1's order of precedence (first wins). */
public enum Verdict {
    UNCONSENTED,
    SUBJECT_MISMATCH,
    PURPOSE_MISMATCH,
    /** Consent for a covering purpose holds for the datum's subject, or travels with the datum. */
    GUARDED
}
