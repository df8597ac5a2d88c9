package acme.lombok;

import acme.domain.Mailer;
import acme.domain.Sms;

/** Calls to getters Lombok generates: personal data and consent flags as if the getters were written out. */
public class LombokUses {
    Mailer mailer;
    Sms sms;

    public void dataGetter(Member m) {
        mailer.sendPromotion(m.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void dataGetterGuardedByGeneratedFlag(Member m) {
        if (m.isOptedIn()) {
            mailer.sendPromotion(m.getEmail(), "Sale"); // SAFE
        }
    }

    public void cleanField(Member m) {
        mailer.sendPromotion("ops@acme.test", "hello " + m.getNickname()); // SAFE
    }

    public void valueGetter(Voucher v) {
        sms.text(v.getPhone() + v.getCode()); // EXPECT: unconsented-use
    }

    public void valueCleanGetter(Voucher v) {
        sms.text("+10000000000 " + v.getCode()); // SAFE
    }

    public void fieldGetter(Contact c) {
        mailer.sendPromotion("ops@acme.test", "Dear " + c.getFullName()); // EXPECT: unconsented-use
    }

    public void declaredMethodIsNoGetter(Contact c) {
        mailer.sendPromotion(c.mailbox(), "hello"); // SAFE
    }
}
