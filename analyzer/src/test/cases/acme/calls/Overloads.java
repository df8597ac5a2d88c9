package acme.calls;

import acme.domain.Ads;
import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** Overloads chosen by arity and by static type; varargs helpers and a varargs sink. */
public class Overloads {
    Mailer mailer;
    Ads ads;
    ConsentService consent;

    static String label(Customer c) { return c.getName(); }

    static String label(Customer c, boolean anonymous) { return anonymous ? "customer" : "client"; }

    static String describe(String s) { return "text " + s; }

    static String describe(Object o) { return "an object"; }

    static String join(String... parts) { return String.join(", ", parts); }

    static int count(String... parts) { return parts.length; }

    public void byArityPersonal(Customer c) {
        mailer.sendPromotion("ops@acme.test", label(c)); // EXPECT: unconsented-use
    }

    public void byArityClean(Customer c) {
        mailer.sendPromotion("ops@acme.test", label(c, true)); // SAFE
    }

    public void byStaticTypeString(Customer c) {
        mailer.sendPromotion("ops@acme.test", describe(c.getEmail())); // EXPECT: unconsented-use
    }

    public void byStaticTypeObject(Customer c) {
        mailer.sendPromotion("ops@acme.test", describe((Object) c.getEmail())); // SAFE
    }

    public void varargsHelper(Customer c) {
        mailer.sendPromotion("ops@acme.test", join("Hi", c.getName(), "!")); // EXPECT: unconsented-use
    }

    public void varargsHelperClean(Customer c) {
        mailer.sendPromotion("ops@acme.test", join("Hi", "there")); // SAFE
    }

    public void varargsLengthOnly(Customer c) {
        mailer.sendPromotion("ops@acme.test", "fields: " + count(c.getName(), c.getEmail())); // SAFE
    }

    public void varargsSink(Customer c) {
        ads.target("campaign-7", c.getEmail(), c.getPhone()); // EXPECT: unconsented-use
    }

    public void varargsSinkArray(Customer c) {
        String[] ids = {c.getEmail()};
        ads.target(ids); // EXPECT: unconsented-use
    }

    public void varargsSinkGuarded(Customer c) {
        if (consent.mayMarket(c)) {
            ads.target("campaign-7", c.getEmail()); // SAFE
        }
    }

    public void varargsSinkClean() {
        ads.target("campaign-7", "segment-3"); // SAFE
    }

    public void overloadUnderAGuard(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion("ops@acme.test", label(c)); // SAFE
        }
    }
}
