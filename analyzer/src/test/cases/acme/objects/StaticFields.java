package acme.objects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** Static fields: written in one method, read in another; constants. */
public class StaticFields {
    static final String SENDER = "news@acme.test";
    static String lastAddress;
    static String lastApproved;
    static Mailer mailer;
    static ConsentService consent;

    public static void remember(Customer c) {
        lastAddress = c.getEmail();
    }

    public static void resend() {
        mailer.sendPromotion(lastAddress, "Reminder"); // EXPECT: unconsented-use
    }

    public static void fromConstant() {
        mailer.sendPromotion(SENDER, "Reminder"); // SAFE
    }

    public static void rememberApproved(Customer c) {
        if (consent.mayMarket(c)) {
            lastApproved = c.getEmail();
        }
    }

    public static void resendApproved() {
        mailer.sendPromotion(lastApproved, "Reminder"); // SAFE
    }

    public static void qualifiedAccess(Customer c) {
        StaticFields.lastAddress = c.getName();
        mailer.sendPromotion(SENDER, "Hi " + StaticFields.lastAddress); // EXPECT: unconsented-use
    }
}
