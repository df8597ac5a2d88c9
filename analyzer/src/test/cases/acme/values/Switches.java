package acme.values;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Lead;
import acme.domain.Mailer;

/** Switch expressions and statements, instanceof patterns, record patterns, pattern switches. */
public class Switches {
    Mailer mailer;
    ConsentService consent;

    public enum Channel { EMAIL, PHONE, NONE }

    public void switchExpression(Customer c, Channel ch) {
        String contact = switch (ch) {
            case EMAIL -> c.getEmail();
            case PHONE -> c.getPhone();
            case NONE -> "nobody";
        };
        mailer.sendPromotion(contact, "Sale"); // EXPECT: unconsented-use
    }

    public void switchExpressionOfConstants(Customer c, Channel ch) {
        String subject = switch (ch) {
            case EMAIL -> "Mail deals";
            case PHONE -> "Phone deals";
            default -> {
                String s = "Deals";
                yield s;
            }
        };
        mailer.sendPromotion("ops@acme.test", subject); // SAFE
    }

    public void switchExpressionWithYield(Customer c, int kind) {
        String text = switch (kind) {
            case 1 -> "Hi";
            default -> {
                String n = c.getName();
                yield "Dear " + n;
            }
        };
        mailer.sendPromotion("ops@acme.test", text); // EXPECT: unconsented-use
    }

    public void oldStyleSwitch(Customer c, String kind) {
        String to;
        switch (kind) {
            case "direct":
                to = c.getEmail();
                break;
            default:
                to = "ops@acme.test";
        }
        mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
    }

    public void instanceofPattern(Object o) {
        if (o instanceof Customer cu) {
            mailer.sendPromotion(cu.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void instanceofPatternGuarded(Object o) {
        if (o instanceof Customer cu && consent.mayMarket(cu)) {
            mailer.sendPromotion(cu.getEmail(), "Sale"); // SAFE
        }
    }

    public void recordPattern(Object o) {
        if (o instanceof Lead(String email, String source)) {
            mailer.sendPromotion(email, "Welcome"); // EXPECT: unconsented-use
        }
    }

    public void recordPatternCleanComponent(Object o) {
        if (o instanceof Lead(String email, String source)) {
            mailer.sendPromotion("ops@acme.test", "new lead from " + source); // SAFE
        }
    }

    public void patternSwitch(Object o) {
        String to = switch (o) {
            case Lead(var email, var source) -> email;
            case Customer cu -> cu.getEmail();
            default -> "ops@acme.test";
        };
        mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
    }

    public void patternSwitchCleanArms(Object o) {
        String kind = switch (o) {
            case Lead l -> "lead";
            case Customer cu -> "customer";
            default -> "other";
        };
        mailer.sendPromotion("ops@acme.test", "hello " + kind); // SAFE
    }

    public void switchExpressionAfterAGuard(Customer c, Channel ch) {
        if (!consent.mayMarket(c)) {
            return;
        }
        String contact = switch (ch) {
            case EMAIL -> c.getEmail();
            case PHONE -> c.getPhone();
            case NONE -> "nobody";
        };
        mailer.sendPromotion(contact, "Sale"); // SAFE
    }
}
