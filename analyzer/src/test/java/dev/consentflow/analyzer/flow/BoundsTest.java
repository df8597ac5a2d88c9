package dev.consentflow.analyzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** Where the analysis hits a bound, findings are kept and marked approximate; elsewhere they are exact. */
class BoundsTest {
    @Test
    void manyGuardPathsAreMergedAndTheFindingMarkedApproximate() {
        StringBuilder checks = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            checks.append("        if (flags[").append(i).append("]) consent.requireEmailConsent(c").append(i)
                    .append(");\n");
        }
        AnalysisResult result = FlowTester.job("""
                    void many(boolean[] flags, Customer c0, Customer c1, Customer c2, Customer c3, Customer c4,
                        Customer c5, Customer d) {
                %s        mailer.sendPromotion(d.getEmail(), "hi");
                    }
                """.formatted(checks)).analyze();
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.approximate()).isTrue());
    }

    @Test
    void ordinaryFindingsAreExact() {
        AnalysisResult result = FlowTester.job("""
                    void one(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                """).analyze();
        assertThat(result.findings()).extracting(Finding::approximate).containsExactly(false);
    }

    @Test
    void longOwnerChainsAreCut() {
        AnalysisResult result = FlowTester.job("""
                    Customer next;
                    Job other;
                    void deep(Job j) {
                        mailer.sendPromotion(j.other.other.other.other.other.other.other.other.other.next.getEmail(), "hi");
                    }
                """).analyze();
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.approximate()).isTrue());
    }
}
