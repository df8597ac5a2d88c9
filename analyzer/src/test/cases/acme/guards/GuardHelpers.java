package acme.guards;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/**
 * Checks in helper methods that return (or throw on) the check's result, and trusted callers: the sink of a
 * private or package-private method with call sites reports at each unguarded call site instead.
 */
public class GuardHelpers {
    Mailer mailer;
    ConsentService consent;

    // --- Helpers that are checks.

    private boolean canMail(Customer c) {
        return c.isOptIn() && !c.isBounced();
    }

    static boolean allowed(ConsentService consent, Customer c) {
        boolean ok = consent.mayEmail(c);
        return ok;
    }

    private void ensureConsent(Customer c) {
        if (!consent.mayMarket(c)) {
            throw new IllegalStateException("no consent for customer " + c.getId());
        }
    }

    private boolean lenient(Customer c) {
        return consent.mayMarket(c) || c.isVip();
    }

    private boolean pretends(Customer c) {
        consent.mayMarket(c);
        return true;
    }

    public void helperIf(Customer c) {
        if (canMail(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void helperEarlyReturn(Customer c) {
        if (!canMail(c)) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void staticHelperThroughAVariable(Customer c) {
        if (allowed(consent, c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void throwingHelper(Customer c) {
        ensureConsent(c);
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void helperThatIsTrueWithoutConsent(Customer c) {
        if (lenient(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void helperThatIgnoresTheCheck(Customer c) {
        if (pretends(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void helperAboutAnotherPerson(Customer c, Customer friend) {
        if (canMail(friend)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    // --- Trusted callers.

    private void promote(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void guardedCallerOfPromote(Customer c) {
        if (consent.mayMarket(c)) {
            promote(c);
        }
    }

    public void unguardedCallerOfPromote(Customer c) {
        promote(c); // EXPECT: unconsented-use
    }

    void remind(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Reminder"); // SAFE
    }

    public void everyCallerOfRemindIsGuarded(Customer c) {
        if (!consent.mayEmail(c)) {
            return;
        }
        remind(c);
    }

    public void anotherGuardedCallerOfRemind(Customer c) {
        consent.requireEmail(c);
        remind(c);
    }

    private void send(String to) {
        mailer.sendPromotion(to, "Offer"); // SAFE
    }

    private void offer(Customer c) {
        send(c.getEmail()); // SAFE
    }

    public void chainGuarded(Customer c) {
        if (canMail(c)) {
            offer(c);
        }
    }

    public void chainUnguarded(Customer c) {
        offer(c); // EXPECT: unconsented-use
    }

    private void sendWithItsOwnCheck(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void callerOfSelfGuardedMethod(Customer c) {
        sendWithItsOwnCheck(c);
    }

    private void neverCalled(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void publicMethodIsAnEntryPoint(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void guardedCallerOfPublicMethod(Customer c) {
        if (consent.mayMarket(c)) {
            publicMethodIsAnEntryPoint(c);
        }
    }

    private void countdown(Customer c, int n) {
        mailer.sendPromotion(c.getEmail(), "Only " + n + " days left"); // SAFE
        if (n > 0) {
            countdown(c, n - 1);
        }
    }

    public void guardedEntryIntoRecursion(Customer c) {
        if (consent.mayMarket(c)) {
            countdown(c, 3);
        }
    }

    public void unguardedEntryIntoRecursion(Customer c) {
        countdown(c, 3); // EXPECT: unconsented-use
    }

    private void wrongPurposeCallee(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
    }

    public void callerWithAnotherPurpose(Customer c) {
        if (consent.mayAnalyze(c)) {
            wrongPurposeCallee(c); // EXPECT: purpose-mismatch
        }
    }
}
