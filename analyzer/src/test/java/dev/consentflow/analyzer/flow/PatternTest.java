package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** Pattern variables are locals: type patterns copy the matched value, record patterns read its components. */
class PatternTest {
    @Test
    void instanceofPatterns() {
        FlowTester.job("""
                    void typePattern(Object o) {
                        if (o instanceof Customer c) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                    void guardedTypePattern(Object o) {
                        if (o instanceof Customer c && consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                """).check();
    }

    @Test
    void recordPatternsReadAnnotatedComponents() {
        FlowTester.job("""
                    record Lead(@PersonalData(category = "user.contact.email") String email, String note) { }
                    void recordPattern(Object o) {
                        if (o instanceof Lead(String e, String n)) {
                            mailer.sendPromotion(e, "hi"); // EXPECT: unconsented-use
                            mailer.sendPromotion("ops@example.com", n);
                        }
                    }
                """).check();
    }

    @Test
    void switchPatternsAndWhenGuards() {
        FlowTester.job("""
                    void statement(Object o) {
                        switch (o) {
                            case Customer c when consent.allowsMarketing(c) -> mailer.sendPromotion(c.getEmail(), "hi");
                            case Customer c -> mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                            default -> { }
                        }
                    }
                    String expression(Object o) {
                        String to = switch (o) {
                            case Customer c -> c.getEmail();
                            default -> "ops@example.com";
                        };
                        mailer.sendPromotion(to, "hi"); // EXPECT: unconsented-use
                        return to;
                    }
                """).check();
    }
}
