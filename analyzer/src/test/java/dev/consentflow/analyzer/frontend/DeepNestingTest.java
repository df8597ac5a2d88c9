package dev.consentflow.analyzer.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deeply nested expressions (generated code) are analyzed or reported as skipped, never a crash. */
class DeepNestingTest {
    private static String job(String expression) {
        return """
                package shop;

                class Job {
                    void run(Mailer mailer, Customer c) {
                        mailer.sendPromotion(%s, "hi");
                    }
                }
                """.formatted(expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {"parentheses", "calls", "plus"})
    void fiveThousandLevels(String shape) {
        int depth = 5_000;
        String expression = switch (shape) {
            case "parentheses" -> "(".repeat(depth) + "c.getEmail()" + ")".repeat(depth);
            case "calls" -> "c.getEmail()" + ".trim()".repeat(depth);
            default -> "\"a\" + ".repeat(depth / 2) + "c.getEmail()" + " + \"b\"".repeat(depth / 2);
        };
        AnalysisResult result = FlowTester.withShop().add("shop/Job.java", job(expression)).analyze();
        boolean found = result.findings().stream().map(Finding::location)
                .anyMatch(l -> l.file().getFileName().toString().equals("Job.java") && l.line() == 5);
        boolean skipped = !result.diagnostics().isEmpty();
        assertThat(found || skipped).as("a finding or a diagnostic for %s", shape).isTrue();
    }
}
