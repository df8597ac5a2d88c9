package dev.consentflow.analyzer.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The output formats an entry point can ask for. */
public enum ReportFormat {
    /** {@code path:line:col: severity: [rule-id] message} lines and a summary line. */
    CONSOLE,
    /** {@code report.json}. */
    JSON,
    /** {@code report.sarif}, SARIF 2.1.0. */
    SARIF;

    /**
     * Parses a comma list such as {@code console,sarif} (case-insensitive, blanks ignored).
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<ReportFormat> parseList(String commaList) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : commaList.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown format '" + name + "': use a comma list of console, json, sarif", e);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given: use a comma list of console, json, sarif");
        }
        return formats;
    }
}
