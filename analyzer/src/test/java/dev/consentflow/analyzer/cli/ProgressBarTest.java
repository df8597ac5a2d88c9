package dev.consentflow.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisListener.Phase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void theBarFillsWithTheUnitsDoneAndCoversTheWholeLine() {
        ProgressBar bar = new ProgressBar(Optional.empty(), () -> 0L);
        bar.started(Phase.PARSE);
        bar.planned(Phase.PARSE, 40);
        bar.worked(Phase.PARSE, 10);

        String line = bar.line(60);
        assertThat(line).hasSize(60).startsWith("consentflow: parse [").contains("] 10/40");
        int cells = line.indexOf(']') - line.indexOf('[') - 1;
        assertThat(line).contains("=".repeat(cells / 4) + ">").doesNotContain("=".repeat(cells / 4 + 1));
    }

    @Test
    void aFinishedPhaseHasAFullBar() {
        ProgressBar bar = new ProgressBar(Optional.empty(), () -> 0L);
        bar.started(Phase.FLOW);
        bar.planned(Phase.FLOW, 3);
        bar.worked(Phase.FLOW, 3);

        assertThat(bar.line(50)).doesNotContain(">").contains("] 3/3");
    }
}
