package acme.guards;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import acme.domain.Sms;
import java.util.Iterator;
import java.util.List;

/** The shapes of a guard: if, early exits, boolean variables, ||/&&/De Morgan, ternaries, loops, switch, try. */
public class Guards {
    Mailer mailer;
    Sms sms;
    ConsentService consent;

    public void booleanVariable(Customer c) {
        boolean ok = consent.mayMarket(c);
        if (ok) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void negatedBooleanVariable(Customer c) {
        boolean refused = !consent.mayMarket(c);
        if (refused) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void deMorganEarlyReturn(Customer c, boolean paused) {
        if (!consent.mayMarket(c) || paused) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void negatedConjunction(Customer c) {
        if (!(consent.mayMarket(c) && !c.isBounced())) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void conjunction(Customer c) {
        if (c.isVip() && consent.mayEmail(c)) {
            mailer.sendPromotion(c.getEmail(), "VIP sale"); // SAFE
        }
    }

    public void disjunctionWithoutCheckOnOnePath(Customer c, boolean vip) {
        if (consent.mayMarket(c) || vip) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void elseBranchOfNegation(Customer c) {
        if (!consent.mayMarket(c)) {
            mailer.sendReceipt(c.getEmail(), "You are not subscribed");
        } else {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void comparedToFalse(Customer c) {
        if (consent.mayMarket(c) == false) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void shortCircuitAnd(Customer c) {
        boolean sent = consent.mayMarket(c) && mailer.offer(c.getEmail(), "Sale"); // SAFE
    }

    public void shortCircuitOr(Customer c) {
        boolean sent = consent.mayMarket(c) || mailer.offer(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void ternaryGuard(Customer c) {
        boolean sent = consent.mayMarket(c) ? mailer.offer(c.getEmail(), "Sale") : false; // SAFE
    }

    public void ternaryWrongArm(Customer c) {
        boolean sent = consent.mayMarket(c) ? false : mailer.offer(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void nestedIfs(Customer c, boolean weekday) {
        if (c != null) {
            if (consent.mayMarket(c)) {
                if (weekday) {
                    mailer.sendPromotion(c.getEmail(), "Weekday sale"); // SAFE
                }
            }
        }
    }

    public void throwingCheck(Customer c) {
        consent.requireEmail(c);
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void throwOnRefusal(Customer c) {
        if (!consent.mayMarket(c)) {
            throw new IllegalStateException("no consent");
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void forEachContinue(List<Customer> all) {
        for (Customer c : all) {
            if (!consent.mayMarket(c)) {
                continue;
            }
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void whileContinue(Iterator<Customer> it) {
        while (it.hasNext()) {
            Customer c = it.next();
            if (!consent.mayEmail(c)) {
                continue;
            }
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void indexedForBreak(List<Customer> all) {
        for (int i = 0; i < all.size(); i++) {
            Customer c = all.get(i);
            if (!consent.mayMarket(c)) {
                break;
            }
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void continueInAnotherLoop(List<Customer> all, Customer c) {
        for (Customer x : all) {
            if (!consent.mayMarket(c)) {
                continue;
            }
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void switchArms(Customer c, String channel) {
        switch (channel) {
            case "email":
                if (!consent.mayEmail(c)) {
                    break;
                }
                mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
                break;
            case "sms":
                sms.text(c.getPhone()); // EXPECT: unconsented-use
                break;
            default:
                break;
        }
    }

    public void checkBeforeSwitch(Customer c, int channel) {
        if (!consent.mayMarket(c)) {
            return;
        }
        switch (channel) {
            case 1 -> mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
            case 2 -> sms.text(c.getPhone()); // SAFE
            default -> { }
        }
    }

    public void tryCatchCheckFailureJumpsToCatch(Customer c) {
        try {
            consent.requireEmail(c);
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        } catch (RuntimeException refused) {
            mailer.sendReceipt(c.getEmail(), "Please confirm your subscription");
        }
    }

    public void sendInTheCatchOfAFailedCheck(Customer c) {
        try {
            consent.requireEmail(c);
        } catch (RuntimeException refused) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void sendAfterACaughtCheck(Customer c) {
        try {
            consent.requireEmail(c);
        } catch (RuntimeException refused) {
            // swallowed: the check may have failed
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void optOutFlagField(Customer c) {
        if (!c.unsubscribed) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void optOutFlagWrongWayRound(Customer c) {
        if (c.isUnsubscribed()) {
            mailer.sendPromotion(c.getEmail(), "We miss you"); // EXPECT: unconsented-use
        }
    }

    public void optOutCheckMethod(Customer c) {
        if (consent.hasOptedOut(c)) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void optInFieldGetter(Customer c) {
        if (c.isOptIn()) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void boxedOptIn(Customer c) {
        if (Boolean.TRUE.equals(c.getEmailOptIn())) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void boxedOptOut(Customer c) {
        if (!Boolean.TRUE.equals(c.getDoNotContact())) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void boxedOptOutWrongWayRound(Customer c) {
        if (Boolean.TRUE.equals(c.getDoNotContact())) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void receiverIsTheSubject(Customer c) {
        if (c.consentsVia("email")) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }
}
