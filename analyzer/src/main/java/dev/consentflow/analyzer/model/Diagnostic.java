package dev.consentflow.analyzer.model;

/**
 * Something the analyzer could not do: a file that does not parse, a symbol it could not resolve, a file
 * it could not read, a policy entry that matches nothing. Diagnostics never stop the analysis of the rest
 * of the project.
 *
 * @param kind what went wrong
 * @param location where; the line and column are 1-based, 0 when unknown
 * @param message one line, with a hint where one helps
 */
public record Diagnostic(Kind kind, Location location, String message) {
    /** The kinds of problem, each with the label printed before the message. */
    public enum Kind {
        /** The file does not parse; it was skipped. */
        PARSE_ERROR("parse error", true),
        /** The file could not be read; it was skipped. */
        IO_ERROR("cannot read", true),
        /** A symbol could not be resolved; the flows through it may be incomplete. */
        UNRESOLVED("unresolved", false),
        /** An entry of {@code consentflow.yaml} matches nothing in the analyzed code: a typo disables it. */
        POLICY("policy", false),
        /** A file or method nests too deeply to analyze; it was skipped. */
        TOO_DEEP("skipped", true),
        /** An annotation names a Fideslang key that does not exist: its role cannot be trusted. */
        UNKNOWN_KEY("unknown key", true),
        /** The file has bytes its encoding cannot decode; it was skipped. */
        ENCODING("cannot decode", true),
        /** Types that extend or implement each other in a cycle; they were left out. */
        CIRCULAR_INHERITANCE("circular inheritance", true);

        private final String label;
        private final boolean skipsFile;

        Kind(String label, boolean skipsFile) {
            this.label = label;
            this.skipsFile = skipsFile;
        }

        /** The console label, e.g. {@code parse error}. */
        public String label() {
            return label;
        }

        /** Whether a diagnostic of this kind means that something was not analyzed (exit code 3). */
        public boolean skipsFile() {
            return skipsFile;
        }
    }
}
