package dev.consentflow.analyzer.model;

/**
 * Something the analyzer could not do: a file that does not parse, a symbol it could not resolve, a file
 * it could not read, a policy entry that matches nothing, a suppression that suppresses nothing.
 * Diagnostics never stop the analysis of the rest of the project.
 *
 * @param kind what went wrong
 * @param location where; the line and column are 1-based, 0 when unknown
 * @param message one line, with a hint where one helps
 */
public record Diagnostic(Kind kind, Location location, String message) {
    /**
     * The kinds of problem, each with the label printed before the message. Two questions tell them apart:
     * whether the result is incomplete because of it ({@link #leavesSomethingOut()}, exit code 3 of DESIGN
     * §2), and whether a source file was left out whole ({@link #skipsFile()}, counted as a skipped file).
     * A file that was analyzed is never a skipped file, even when part of what it says was left out.
     */
    public enum Kind {
        /** The file does not parse; it was skipped. */
        PARSE_ERROR("parse error", Effect.SKIPS_FILE),
        /** A source file or folder could not be read, or a link to it leads nowhere; it was skipped. */
        IO_ERROR("cannot read", Effect.SKIPS_FILE),
        /** A symbol could not be resolved; the flows through it may be incomplete. */
        UNRESOLVED("unresolved", Effect.NONE),
        /** An entry of {@code consentflow.yaml} matches nothing in the analyzed code: a typo disables it. */
        POLICY("policy", Effect.NONE),
        /**
         * A file or method nests too deeply to analyze; it was skipped. The kind does not say which, so
         * it counts as a skipped file either way.
         */
        TOO_DEEP("skipped", Effect.SKIPS_FILE),
        /**
         * An annotation names a Fideslang key that does not exist: its role cannot be trusted and is left
         * out; the file itself was analyzed.
         */
        UNKNOWN_KEY("unknown key", Effect.LEAVES_OUT),
        /** The file has bytes its encoding cannot decode; it was skipped. */
        ENCODING("cannot decode", Effect.SKIPS_FILE),
        /**
         * Types that extend or implement each other in a cycle; those types were left out, the rest of
         * their files analyzed.
         */
        CIRCULAR_INHERITANCE("circular inheritance", Effect.LEAVES_OUT),
        /**
         * A suppression that does not work as written: {@code @SuppressWarnings("consentflow:<rule>")}
         * without a reason in {@code consentflow.yaml} or with an unknown rule, or a suppression that no
         * longer suppresses anything.
         */
        SUPPRESSION("suppression", Effect.NONE),
        /**
         * A {@code --classpath} element is missing or unreadable: the sources were analyzed, but the roles
         * and types it holds are unknown, so the result is incomplete.
         */
        CLASSPATH("cannot read", Effect.LEAVES_OUT);

        private enum Effect { NONE, LEAVES_OUT, SKIPS_FILE }

        private final String label;
        private final Effect effect;

        Kind(String label, Effect effect) {
            this.label = label;
            this.effect = effect;
        }

        /** The console label, e.g. {@code parse error}. */
        public String label() {
            return label;
        }

        /** Whether a diagnostic of this kind means that something was not analyzed (exit code 3). */
        public boolean leavesSomethingOut() {
            return effect != Effect.NONE;
        }

        /** Whether a diagnostic of this kind means that the source file at its location was not analyzed. */
        public boolean skipsFile() {
            return effect == Effect.SKIPS_FILE;
        }
    }
}
