package dev.consentflow.analyzer.model;

import java.util.Locale;

/** How strongly a finding is reported: errors fail the build, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case label used on the console and in SARIF {@code level}: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
