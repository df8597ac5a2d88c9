package dev.consentflow.analyzer.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tester fails on a missing finding and on an unexpected one, so analyzer tests can fail. */
class FlowTesterTest {
    private static final String UNGUARDED = """
            package shop;

            class Job {
                void run(Mailer mailer, Customer c) {
                    mailer.sendPromotion(c.getEmail(), "hi");%s
                }
            }
            """;

    @Test
    void unexpectedFindingFails() {
        FlowTester tester = FlowTester.withShop().add("shop/Job.java", UNGUARDED.formatted(""));
        assertThatThrownBy(tester::check).isInstanceOf(AssertionError.class).hasMessageContaining("Job.java:5");
    }

    @Test
    void missingFindingFails() {
        FlowTester tester = FlowTester.withShop().add("shop/Job.java", """
                package shop;

                class Job {
                    void run(Mailer mailer, Customer c) {
                        mailer.sendReceipt(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                }
                """);
        assertThatThrownBy(tester::check).isInstanceOf(AssertionError.class).hasMessageContaining("Job.java:5");
    }

    @Test
    void wrongRuleFails() {
        FlowTester tester = FlowTester.withShop()
                .add("shop/Job.java", UNGUARDED.formatted(" // EXPECT: purpose-mismatch"));
        assertThatThrownBy(tester::check).isInstanceOf(AssertionError.class);
    }
}
