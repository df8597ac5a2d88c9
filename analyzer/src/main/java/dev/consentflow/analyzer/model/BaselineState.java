package dev.consentflow.analyzer.model;

/**
 * A finding's standing against the baseline file ({@code consentflow-baseline.json}), as SARIF's
 * {@code result.baselineState} names it.
 */
public enum BaselineState {
    /** No baseline was given: every finding counts. */
    NONE,
    /** The baseline does not hold the finding's fingerprint: it is new and counts. */
    NEW,
    /** The baseline holds the finding's fingerprint: it was accepted when the baseline was written. */
    UNCHANGED
}
