package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.AnalysisListener;
import java.util.EnumMap;
import java.util.Map;

/** For {@link RecheckBench}: the time of each phase of one analysis, and how many files it parsed. */
final class PhaseTimes implements AnalysisListener {
    private final Map<Phase, Long> startedAt = new EnumMap<>(Phase.class);
    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private int parsed;

    @Override
    public synchronized void started(Phase phase) {
        startedAt.put(phase, System.nanoTime());
    }

    @Override
    public synchronized void finished(Phase phase) {
        nanos.merge(phase, System.nanoTime() - startedAt.get(phase), Long::sum);
    }

    @Override
    public synchronized void worked(Phase phase, int units) {
        parsed += phase == Phase.PARSE ? units : 0;
    }

    synchronized void reset() {
        nanos.clear();
        parsed = 0;
    }

    synchronized int parsed() {
        return parsed;
    }

    synchronized double parseMillis() {
        return nanos.getOrDefault(Phase.PARSE, 0L) / 1e6;
    }

    /** Every phase after parsing: the slice, flows and rules. */
    synchronized double analysisMillis() {
        return nanos.entrySet().stream().filter(e -> e.getKey().compareTo(Phase.PARSE) > 0)
                .mapToLong(Map.Entry::getValue).sum() / 1e6;
    }
}
