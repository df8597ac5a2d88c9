package acme.rules;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Insights;
import acme.domain.Mailer;

/** special-category: Art. 9 data needs a consent that names the category (in addition to the other rules). */
public class SpecialCategories {
    Mailer mailer;
    Insights insights;
    ConsentService consent;

    public void healthUnguarded(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Offers for " + c.getCondition()); // EXPECT: unconsented-use, special-category
    }

    public void healthWithPlainConsent(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(c.getEmail(), "Offers for " + c.getCondition()); // EXPECT: special-category
        }
    }

    public void healthWithNamedConsent(Customer c) {
        if (consent.mayMarketHealth(c)) {
            mailer.sendPromotion(c.getEmail(), "Offers for " + c.getCondition()); // SAFE
        }
    }

    public void deprecatedAliasIsTheSameCategory(Customer c) {
        if (consent.mayMarketHealth(c)) {
            mailer.sendPromotion(c.getEmail(), "Free from " + c.getAllergyNote()); // SAFE
        }
    }

    public void deprecatedAliasWithPlainConsent(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(c.getEmail(), "Free from " + c.getAllergyNote()); // EXPECT: special-category
        }
    }

    public void geneticIsCoveredByHealth(Customer c) {
        if (consent.mayMarketHealth(c)) {
            mailer.sendPromotion(c.getEmail(), "Kits for " + c.getGenotype()); // SAFE
        }
    }

    public void healthConsentDoesNotNameReligion(Customer c) {
        if (consent.mayMarketHealth(c)) {
            mailer.sendPromotion(c.getEmail(), "Holiday offers for " + c.getReligion()); // EXPECT: special-category
        }
    }

    public void namedConsentOfAnotherPerson(Customer c, Customer other) {
        if (consent.mayMarket(c) && consent.mayMarketHealth(other)) {
            mailer.sendPromotion(c.getEmail(), "Offers for " + c.getCondition()); // EXPECT: special-category
        }
    }

    public void specialDataToAUseWithoutConsentRequirement(Customer c) {
        mailer.sendReceipt(c.getEmail(), "Your prescription for " + c.getCondition() + " is ready"); // SAFE
    }

    public void consentBasisOutsideConsentRequired(Customer c) {
        insights.profile(c.getCondition()); // EXPECT: unconsented-use
    }

    public void legitimateInterestAnalytics(Customer c) {
        insights.track("viewed " + c.getCondition()); // SAFE
    }

    public void consentBasisOutsideConsentRequiredGuarded(Customer c) {
        if (consent.mayAnalyze(c)) {
            insights.profile(c.getCondition()); // SAFE
        }
    }
}
