package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** Where a finding stands when the sink sits in a method whose callers are trusted to check consent. */
class TrustedCallerTest {
    @Test
    void privateMethodReportsAtUnguardedCallSites() {
        FlowTester.job("""
                    private void promote(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "offer");
                    }
                    public void guardedCaller(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            promote(c);
                        }
                    }
                    public void unguardedCaller(Customer c) {
                        promote(c); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void liftsThroughAChainOfTrustedMethods() {
        FlowTester.job("""
                    private void send(String to) {
                        mailer.sendPromotion(to, "offer");
                    }
                    void promote(Customer c) {
                        send(c.getEmail());
                    }
                    public void guarded(Customer c) {
                        if (!consent.allowsMarketing(c)) return;
                        promote(c);
                    }
                    public void unguarded(Customer c) {
                        promote(c); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void publicMethodIsAnEntryPoint() {
        FlowTester.job("""
                    public void promote(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "offer"); // EXPECT: unconsented-use
                    }
                    public void guardedCaller(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            promote(c);
                        }
                    }
                """).check();
    }

    @Test
    void uncalledPrivateMethodIsAnEntryPoint() {
        FlowTester.job("""
                    private void promote(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "offer"); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void checkInsideTheTrustedMethodSatisfiesIt() {
        FlowTester.job("""
                    private void promote(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "offer");
                        }
                    }
                    public void caller(Customer c) {
                        promote(c);
                    }
                """).check();
    }

    @Test
    void recursiveCycleWithoutOutsideCallerIsAnEntryPoint() {
        FlowTester.job("""
                    private void ping(Customer c, int n) {
                        mailer.sendPromotion(c.getEmail(), "offer"); // EXPECT: unconsented-use
                        if (n > 0) pong(c, n - 1);
                    }
                    private void pong(Customer c, int n) {
                        ping(c, n);
                    }
                """).check();
    }

    @Test
    void mutualRecursionReachesAFixpoint() {
        FlowTester.job("""
                    private void even(Customer c, int n) {
                        if (n == 0) {
                            mailer.sendPromotion(c.getEmail(), "offer");
                        } else {
                            odd(c, n - 1);
                        }
                    }
                    private void odd(Customer c, int n) {
                        even(c, n - 1);
                    }
                    public void guarded(Customer c) {
                        if (consent.allowsMarketing(c)) even(c, 4);
                    }
                    public void unguarded(Customer c) {
                        odd(c, 4); // EXPECT: unconsented-use
                    }
                """).check();
    }
}
