package acme.values;

import acme.domain.Customer;
import acme.domain.Mailer;

/** Text blocks, ternaries, casts, var, compound assignment, string conversions. */
public class Expressions {
    Mailer mailer;

    public void textBlockFormatted(Customer c) {
        String body = """
                Dear %s,
                our spring sale starts today.
                """.formatted(c.getName());
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void textBlockConstant(Customer c) {
        String body = """
                Dear customer,
                our spring sale starts today.
                """;
        mailer.sendPromotion("ops@acme.test", body); // SAFE
    }

    public void textBlockConcatenated(Customer c) {
        String body = """
                Hello
                """ + c.getName();
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void ternaryBranch(Customer c, boolean vip) {
        String to = vip ? c.getEmail() : "ops@acme.test";
        mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
    }

    public void ternaryOfConstants(Customer c) {
        String label = c.getEmail() == null ? "no address" : "has address";
        mailer.sendPromotion("ops@acme.test", label); // SAFE
    }

    public void cast(Customer c) {
        Object o = c.getEmail();
        mailer.sendPromotion((String) o, "Sale"); // EXPECT: unconsented-use
    }

    public void var(Customer c) {
        var phone = c.getPhone();
        var body = "call " + phone;
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void compoundAssignment(Customer c) {
        String body = "Hi ";
        body += c.getName();
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void overwrittenLocal(Customer c) {
        String to = c.getEmail();
        to = "ops@acme.test";
        mailer.sendPromotion(to, "Sale"); // SAFE
    }

    public void valueOfAndConcat(Customer c) {
        String body = String.valueOf(c.getName()).concat("!");
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void lengthIsClean(Customer c) {
        mailer.sendPromotion("ops@acme.test", "name length " + c.getName().length()); // SAFE
    }

    public void charsOfTheName(Customer c) {
        char initial = c.getName().charAt(0);
        mailer.sendPromotion("ops@acme.test", "Dear " + initial + "."); // EXPECT: unconsented-use
    }

    public void conditionDoesNotTaintTheArms(Customer c) {
        var to = c.getEmail();
        to = to.isEmpty() ? "ops@acme.test" : "sales@acme.test";
        mailer.sendPromotion(to, "Sale"); // SAFE
    }
}
