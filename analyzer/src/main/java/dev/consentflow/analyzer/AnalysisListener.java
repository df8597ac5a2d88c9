package dev.consentflow.analyzer;

/**
 * Hears how far an analysis has come, for progress bars and phase timings: the analyzer never prints,
 * entry points do. Every method has an empty default; {@link #NONE} hears nothing. Calls of one phase
 * may come from several threads at once (files are parsed in parallel): implementations must be
 * thread-safe. Phases run one after another, each {@link #started} once and {@link #finished} once.
 */
public interface AnalysisListener {
    /** A listener that ignores everything. */
    AnalysisListener NONE = new AnalysisListener() {};

    /** The steps of an analysis, in the order they run. */
    enum Phase {
        /** the cache is checked (when there is one); a hit ends the analysis */
        CACHE("cache"),
        /** every source file is read and parsed; a unit is a file */
        PARSE("parse"),
        /** the code personal data can reach is found by name ({@code Slice}); a unit is a file */
        SLICE("slice"),
        /** every method is analyzed, in up to three rounds over the program; a unit is a file in a round */
        FLOW("flows"),
        /** findings and diagnostics are judged and sorted */
        RULES("rules");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** A short lowercase name for console lines, e.g. {@code parse}. */
        public String label() {
            return label;
        }
    }

    /** {@code phase} begins. */
    default void started(Phase phase) {}

    /** {@code units} more units of work are known for {@code phase}. */
    default void planned(Phase phase, int units) {}

    /** {@code units} units of {@code phase} are done. */
    default void worked(Phase phase, int units) {}

    /** {@code phase} is over. */
    default void finished(Phase phase) {}

    /** The result was served from the cache: no other phase runs. */
    default void servedFromCache() {}

    /** A listener that passes every call to {@code first}, then to {@code second}. */
    static AnalysisListener both(AnalysisListener first, AnalysisListener second) {
        return new AnalysisListener() {
            @Override
            public void started(Phase phase) {
                first.started(phase);
                second.started(phase);
            }

            @Override
            public void planned(Phase phase, int units) {
                first.planned(phase, units);
                second.planned(phase, units);
            }

            @Override
            public void worked(Phase phase, int units) {
                first.worked(phase, units);
                second.worked(phase, units);
            }

            @Override
            public void finished(Phase phase) {
                first.finished(phase);
                second.finished(phase);
            }

            @Override
            public void servedFromCache() {
                first.servedFromCache();
                second.servedFromCache();
            }
        };
    }
}
