package acme.calls;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** Recursion and mutual recursion: summaries to a fixpoint. */
public class Recursion {
    Mailer mailer;
    ConsentService consent;

    static String shout(String s, int n) {
        return n == 0 ? s : shout(s + "!", n - 1);
    }

    static int depth(String s, int n) {
        return n == 0 ? 0 : 1 + depth(s, n - 1);
    }

    static String even(String s, int n) {
        return n == 0 ? s : odd(s, n - 1);
    }

    static String odd(String s, int n) {
        return n == 0 ? "none" : even(s, n - 1);
    }

    static String chain(Customer c, int n) {
        return n == 0 ? c.getReferredBy().getEmail() : chain(c.getReferredBy(), n - 1);
    }

    public void recursiveConcat(Customer c) {
        mailer.sendPromotion("ops@acme.test", shout(c.getName(), 3)); // EXPECT: unconsented-use
    }

    public void recursiveCountIsClean(Customer c) {
        mailer.sendPromotion("ops@acme.test", "depth " + depth(c.getName(), 3)); // SAFE
    }

    public void mutualRecursion(Customer c) {
        mailer.sendPromotion("ops@acme.test", odd(c.getName(), 5)); // EXPECT: unconsented-use
    }

    public void recursionWithCleanInput() {
        mailer.sendPromotion("ops@acme.test", shout("Sale", 3)); // SAFE
    }

    public void recursionOverOwners(Customer c) {
        mailer.sendPromotion(chain(c, 2), "Sale"); // EXPECT: unconsented-use
    }

    public void recursionUnderAGuard(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(c.getEmail(), shout(c.getName(), 2)); // SAFE
        }
    }
}
