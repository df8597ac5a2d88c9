package dev.consentflow.analyzer.progress;

import dev.consentflow.analyzer.AnalysisListener;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongSupplier;

/**
 * Times each phase of an analysis, for the one line entry points log when it is over, e.g.
 * {@code analyzed in 41.2 s (cache 0.1 s, parse 5.0 s, slice 0.4 s, flows 15.7 s, rules 0.3 s)}.
 * Thread-safe.
 */
public final class PhaseTimer implements AnalysisListener {
    private final LongSupplier nanoClock;
    private final long start;
    private final Map<Phase, Long> startedAt = new EnumMap<>(Phase.class);
    private final Map<Phase, Long> took = new EnumMap<>(Phase.class);
    private boolean fromCache;

    public PhaseTimer() {
        this(System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds (tests pass a fake one) */
    public PhaseTimer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public synchronized void started(Phase phase) {
        startedAt.put(phase, nanoClock.getAsLong());
    }

    @Override
    public synchronized void finished(Phase phase) {
        Long began = startedAt.get(phase);
        if (began != null) {
            took.put(phase, nanoClock.getAsLong() - began);
        }
    }

    @Override
    public synchronized void servedFromCache() {
        fromCache = true;
    }

    /** One line: the time so far and each finished phase's, in the order phases run. */
    public synchronized String summary() {
        String total = seconds(nanoClock.getAsLong() - start);
        if (fromCache) {
            return "served from the cache in " + total;
        }
        StringJoiner phases = new StringJoiner(", ", " (", ")").setEmptyValue("");
        took.forEach((phase, nanos) -> phases.add(phase.label() + " " + seconds(nanos)));
        return "analyzed in " + total + phases;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
