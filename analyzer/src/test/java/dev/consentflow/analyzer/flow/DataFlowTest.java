package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** How personal data travels in the first cut: locals, strings, parameters and project methods. */
class DataFlowTest {
    @Test
    void localsAndAssignments() {
        FlowTester.job("""
                    void viaLocal(Customer c) {
                        String to = c.getEmail();
                        String copy;
                        copy = to;
                        mailer.sendPromotion(copy, "hi"); // EXPECT: unconsented-use
                    }
                    void overwritten(Customer c) {
                        String to = c.getEmail();
                        to = "ops@example.com";
                        mailer.sendPromotion(to, "hi");
                    }
                    void guardedLocal(Customer c) {
                        String to = c.getEmail();
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(to, "hi");
                        }
                    }
                """).check();
    }

    @Test
    void stringsCarryTheData() {
        FlowTester.job("""
                    void concat(Customer c) {
                        mailer.sendPromotion("ops@example.com", "Hi " + c.getName()); // EXPECT: unconsented-use
                    }
                    void compoundAssignment(Customer c) {
                        String body = "Hi ";
                        body += c.getName();
                        mailer.sendPromotion("ops@example.com", body); // EXPECT: unconsented-use
                    }
                    void format(Customer c) {
                        String body = String.format("Dear %s", c.getName());
                        mailer.sendPromotion("ops@example.com", body); // EXPECT: unconsented-use
                    }
                    void builder(Customer c) {
                        StringBuilder sb = new StringBuilder("Dear ");
                        sb.append(c.getName()).append('!');
                        mailer.sendPromotion("ops@example.com", sb.toString()); // EXPECT: unconsented-use
                    }
                    void builderChain(Customer c) {
                        StringBuilder sb = new StringBuilder();
                        sb.append("Hi ").append(c.getName());
                        mailer.sendPromotion("ops@example.com", sb.toString()); // EXPECT: unconsented-use
                    }
                    void stringMethods(Customer c) {
                        mailer.sendPromotion(c.getEmail().trim().toLowerCase(), "hi"); // EXPECT: unconsented-use
                    }
                    void cleanResults(Customer c) {
                        mailer.sendPromotion("ops@example.com", "length " + c.getEmail().length());
                    }
                    void noPersonalData(Customer c) {
                        mailer.sendPromotion("ops@example.com", "Spring sale");
                    }
                """).check();
    }

    @Test
    void fieldsMethodsAndParametersAsSources() {
        FlowTester.job("""
                    void field(Customer c) {
                        mailer.sendPromotion(c.email, "hi"); // EXPECT: unconsented-use
                    }
                    void annotatedParameter(@PersonalData(category = "user.contact.phone_number") String phone) {
                        mailer.sendPromotion(phone, "hi"); // EXPECT: unconsented-use
                    }
                    @PersonalData(category = "user.contact.email")
                    String lookup(String id) { return null; }
                    void annotatedMethod() {
                        mailer.sendPromotion(lookup("42"), "hi"); // EXPECT: unconsented-use
                    }
                    void plainParameter(String to) {
                        mailer.sendPromotion(to, "hi");
                    }
                """).check();
    }

    @Test
    void summariesOfProjectMethods() {
        FlowTester.job("""
                    private String addressOf(Customer c) {
                        return c.getEmail().trim();
                    }
                    private static String greet(String name) {
                        return "Dear " + name;
                    }
                    void returnedFromHelper(Customer c) {
                        mailer.sendPromotion(addressOf(c), "hi"); // EXPECT: unconsented-use
                    }
                    void passedThroughHelper(Customer c) {
                        mailer.sendPromotion("ops@example.com", greet(c.getName())); // EXPECT: unconsented-use
                    }
                    void guardedHelperResult(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(addressOf(c), greet(c.getName()));
                        }
                    }
                    @Anonymizer
                    static String bucket(String email) { return "bucket"; }
                    void anonymized(Customer c) {
                        mailer.sendPromotion("ops@example.com", bucket(c.getEmail()));
                    }
                """).check();
    }

    @Test
    void recursionTerminates() {
        FlowTester.job("""
                    private String loop(Customer c, int n) {
                        return n == 0 ? c.getEmail() : loop(c, n - 1);
                    }
                    void caller(Customer c) {
                        mailer.sendPromotion(loop(c, 3), "hi"); // EXPECT: unconsented-use
                    }
                """).check();
    }
}
