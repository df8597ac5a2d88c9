package acme.rules;

import acme.domain.ConsentService;
import acme.domain.Customer;
import dev.consentflow.annotations.DataUse;
import dev.consentflow.annotations.LegalBasis;

/** invalid-legal-basis at the declared member's or type's name; a wrong basis cannot switch the check off. */
public class LegalBases {
    ConsentService consent;
    Retargeting retargeting;
    Recommender recommender;
    Fraud fraud;

    public interface Retargeting {
        @DataUse(purpose = "marketing.advertising.third_party.targeted", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
        void retarget(String email); // EXPECT: invalid-legal-basis

        @DataUse(purpose = "marketing.communications.email", legalBasis = LegalBasis.CONTRACT)
        void upsell( // EXPECT: invalid-legal-basis
                String email);
    }

    @DataUse(purpose = "personalize.content", legalBasis = LegalBasis.CONTRACT)
    public static class Recommender { // EXPECT: invalid-legal-basis
        public void recommend(String profile) { }
    }

    public interface Fraud {
        @DataUse(purpose = "essential.fraud_detection", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
        void screen(String email); // SAFE
    }

    public void wrongBasisStillNeedsConsent(Customer c) {
        retargeting.retarget(c.getEmail()); // EXPECT: unconsented-use
    }

    public void wrongBasisGuarded(Customer c) {
        if (consent.mayMarket(c)) {
            retargeting.retarget(c.getEmail()); // SAFE
        }
    }

    public void typeLevelUseWithWrongBasis(Customer c) {
        recommender.recommend(c.getName()); // EXPECT: unconsented-use
    }

    public void legitimateInterestWhereAllowed(Customer c) {
        fraud.screen(c.getEmail()); // SAFE
    }
}
