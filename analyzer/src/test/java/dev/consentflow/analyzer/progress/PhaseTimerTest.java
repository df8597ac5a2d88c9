package dev.consentflow.analyzer.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisListener.Phase;
import org.junit.jupiter.api.Test;

class PhaseTimerTest {
    private long now;

    @Test
    void oneLineNamesEachPhaseWithItsTimeInTheOrderPhasesRun() {
        PhaseTimer timer = new PhaseTimer(() -> now);
        for (Phase phase : new Phase[] {Phase.CACHE, Phase.PARSE, Phase.SLICE, Phase.FLOW, Phase.RULES}) {
            timer.started(phase);
            now += 1_250_000_000L;
            timer.finished(phase);
        }
        assertThat(timer.summary()).isEqualTo("analyzed in 6.3 s (cache 1.3 s, parse 1.3 s, slice 1.3 s,"
                + " flows 1.3 s, rules 1.3 s)");
    }

    @Test
    void aCacheHitSaysSo() {
        PhaseTimer timer = new PhaseTimer(() -> now);
        timer.started(Phase.CACHE);
        now += 400_000_000L;
        timer.finished(Phase.CACHE);
        timer.servedFromCache();
        assertThat(timer.summary()).isEqualTo("served from the cache in 0.4 s");
    }
}
