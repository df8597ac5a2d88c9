package acme.rules;

import acme.domain.Ads;
import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import acme.domain.Personalizer;
import acme.domain.Sms;

/** purpose-mismatch: consent covers its sub-purposes, never the parent, never a sibling. */
public class Purposes {
    Mailer mailer;
    Sms sms;
    Ads ads;
    Personalizer personalizer;
    ConsentService consent;

    public void parentCoversChild(Customer c) {
        if (consent.mayMarket(c)) {
            sms.text(c.getPhone()); // SAFE
        }
    }

    public void childDoesNotCoverParent(Customer c) {
        if (consent.mayEmail(c)) {
            ads.target(c.getEmail()); // EXPECT: purpose-mismatch
        }
    }

    public void siblingDoesNotCover(Customer c) {
        if (consent.maySms(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: purpose-mismatch
        }
    }

    public void unrelatedPurpose(Customer c) {
        if (consent.mayAnalyze(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: purpose-mismatch
        }
    }

    public void personalizeWithItsConsent(Customer c) {
        if (consent.mayPersonalize(c)) {
            personalizer.tailor(c.getName()); // SAFE
        }
    }

    public void personalizeWithMarketingConsent(Customer c) {
        if (consent.mayMarket(c)) {
            personalizer.tailor(c.getName()); // EXPECT: purpose-mismatch
        }
    }

    public void personalizeUnguarded(Customer c) {
        personalizer.tailor(c.getName()); // EXPECT: unconsented-use
    }

    public void throwingCheckForASibling(Customer c) {
        consent.requireEmail(c);
        sms.text(c.getPhone()); // EXPECT: purpose-mismatch
    }

    public void worstPathIsPurposeMismatch(Customer c) {
        if (consent.mayMarket(c) || consent.mayAnalyze(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: purpose-mismatch
        }
    }

    public void worstPathIsUnconsented(Customer c, boolean force) {
        if (consent.mayAnalyze(c) || force) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void bothPurposesChecked(Customer c) {
        if (consent.mayAnalyze(c) && consent.mayEmail(c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void noPersonalDataNoFinding(Customer c) {
        mailer.sendPromotion("ops@acme.test", "Spring sale for customer " + c.getId()); // SAFE
    }
}
