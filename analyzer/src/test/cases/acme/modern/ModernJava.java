package acme.modern;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Lead;
import acme.domain.Mailer;
import java.util.List;

/**
 * Java 16–21 syntax: sealed types, record patterns in switch (nested, with {@code when} guards, with
 * {@code var}), text blocks, {@code var}, {@code yield}, and identifiers outside ASCII. The symbol solver
 * does not resolve record-pattern bindings; the flow engine scopes them itself.
 */
public class ModernJava {
    Mailer mailer;
    ConsentService consent;

    public void recordPatternSwitchStatement(Shapes event) {
        switch (event) {
            case Shapes.Signup(Customer who, var channel) when consent.mayMarket(who) ->
                    mailer.sendPromotion(who.getEmail(), "Welcome via " + channel); // SAFE
            case Shapes.Signup(Customer who, var channel) ->
                    mailer.sendPromotion(who.getEmail(), "Welcome"); // EXPECT: unconsented-use
            case Shapes.Referral(Lead(var email, var source), var by) ->
                    mailer.sendPromotion(email, "Thanks to " + by); // EXPECT: unconsented-use
            case Shapes.Unsubscribe u -> mailer.sendPromotion("ops@acme.test", "unsubscribed"); // SAFE
        }
    }

    public void nestedRecordPatternCleanComponents(Shapes event) {
        switch (event) {
            case Shapes.Referral(Lead(var email, var source), var by) ->
                    mailer.sendPromotion("ops@acme.test", source + " referred by " + by); // SAFE
            default -> { }
        }
    }

    public String recordPatternSwitchExpressionWithYield(Shapes event) {
        String to = switch (event) {
            case Shapes.Signup(Customer who, String channel) -> {
                String address = who.getEmail();
                yield address;
            }
            case Shapes.Referral(Lead lead, String by) -> lead.email();
            case Shapes.Unsubscribe(long id) -> "ops@acme.test";
        };
        mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
        return to;
    }

    public void recordPatternInInstanceof(Object o) {
        if (o instanceof Shapes.Signup(Customer who, String channel) && consent.mayEmail(who)) {
            mailer.sendPromotion(who.getEmail(), channel); // SAFE
        }
    }

    public void textBlockAndVar(Customer c) {
        var body = """
                Dear customer,
                our prices fell.
                """;
        var to = c.getEmail();
        mailer.sendPromotion(to, body); // EXPECT: unconsented-use
    }

    public void textBlockWithData(Customer c) {
        String body = """
                Dear %s,
                """.formatted(c.getName());
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void varInLambdaAndLoop(List<Customer> all) {
        for (var c : all) {
            all.forEach((var other) -> mailer.sendPromotion(other.getEmail(), "Sale")); // EXPECT: unconsented-use
            if (consent.mayMarket(c)) {
                mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
            }
        }
    }

    public void identifiersOutsideAscii(Customer kunde) {
        String empfängerAdresse = kunde.getEmail();
        String grüße = "Schöne Grüße";
        mailer.sendPromotion(empfängerAdresse, grüße); // EXPECT: unconsented-use
        if (consent.mayEmail(kunde)) {
            mailer.sendPromotion(empfängerAdresse, grüße); // SAFE
        }
    }
}
