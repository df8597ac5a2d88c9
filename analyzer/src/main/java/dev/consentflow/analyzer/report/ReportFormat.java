package dev.consentflow.analyzer.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The output formats an entry point can ask for. */
public enum ReportFormat {
    /** {@code path:line:col: severity: [rule-id] message} lines, a table of findings by rule and a summary line. */
    CONSOLE,
    /** {@code report.json}. */
    JSON,
    /** {@code report.sarif}, SARIF 2.1.0. */
    SARIF,
    /** {@code index.html}, the self-contained report for reviewers; implies {@link #DATAMAP}. */
    HTML,
    /** {@code datamap.json} and {@code datamap.csv}: every flow of personal data into a data use. */
    DATAMAP,
    /** {@code fides.yml}, a Fides system manifest of the data map. */
    FIDES;

    /** The formats every entry point produces unless told otherwise. */
    public static final String DEFAULT_LIST = "console,json,sarif,html,datamap";
    private static final String KNOWN = "console, json, sarif, html, datamap, fides";

    /**
     * Parses a comma list such as {@code console,sarif} (case-insensitive, blanks ignored); {@code html}
     * brings {@code datamap} along, since the page shows the data map it exports.
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
                throw new IllegalArgumentException("unknown format '" + name + "': use a comma list of " + KNOWN, e);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given: use a comma list of " + KNOWN);
        }
        if (formats.contains(HTML)) {
            formats.add(DATAMAP);
        }
        return formats;
    }
}
