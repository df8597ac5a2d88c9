package acme.travel;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent travels with values: data read or collected under a guard keeps its consent in lists, maps and
 * fields, also when used in a later method; consent filters pass consent to what they return.
 */
public class ConsentTravels {
    Mailer mailer;
    ConsentService consent;

    private final List<String> approved = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final Map<Long, String> approvedById = new HashMap<>();
    private final List<Customer> audience = new ArrayList<>();
    private final List<String> forAnalytics = new ArrayList<>();
    private String lastApproved;

    public void collectedInALocalList(List<Customer> all) {
        List<String> to = new ArrayList<>();
        for (Customer c : all) {
            if (consent.mayMarket(c)) {
                to.add(c.getEmail());
            }
        }
        for (String t : to) {
            mailer.sendPromotion(t, "Sale"); // SAFE
        }
    }

    public void collectedWithAndWithoutGuard(List<Customer> all) {
        List<String> to = new ArrayList<>();
        for (Customer c : all) {
            if (consent.mayMarket(c)) {
                to.add(c.getEmail());
            } else if (c.isVip()) {
                to.add(c.getEmail());
            }
        }
        to.forEach(t -> mailer.sendPromotion(t, "Sale")); // EXPECT: unconsented-use
    }

    public void collect(Customer c) {
        pending.add(c.getEmail());
        if (consent.mayMarket(c)) {
            approved.add(c.getEmail());
            approvedById.put(c.getId(), c.getEmail());
            audience.add(c);
            lastApproved = c.getEmail();
        }
        if (consent.mayAnalyze(c)) {
            forAnalytics.add(c.getEmail());
        }
    }

    public void flushApproved() {
        for (String to : approved) {
            mailer.sendPromotion(to, "Sale"); // SAFE
        }
    }

    public void flushPending() {
        for (String to : pending) {
            mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
        }
    }

    public void flushApprovedMap() {
        approvedById.values().forEach(to -> mailer.sendPromotion(to, "Sale")); // SAFE
    }

    public void flushAudience() {
        for (Customer c : audience) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void flushLastApproved() {
        mailer.sendPromotion(lastApproved, "Sale"); // SAFE
    }

    public void collectedForAnotherPurpose() {
        forAnalytics.forEach(to -> mailer.sendPromotion(to, "Sale")); // EXPECT: purpose-mismatch
    }

    public void consentFilter(List<Customer> all) {
        for (Customer c : consent.consenting(all)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void consentFilterResultIgnored(List<Customer> all) {
        consent.consenting(all);
        for (Customer c : all) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void consentFilterKeptInAVariable(List<Customer> all) {
        List<Customer> ok = consent.consenting(all);
        ok.stream().map(Customer::getPhone).forEach(p -> mailer.sendPromotion("ops@acme.test", "call " + p)); // SAFE
    }

    public void consentFilterForAnotherPurpose(List<Customer> all) {
        for (Customer c : consent.consentingToAnalytics(all)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: purpose-mismatch
        }
    }

    public void optionalConsentFilter(Customer c) {
        consent.ifConsenting(c).map(Customer::getEmail).ifPresent(e -> mailer.sendPromotion(e, "Sale")); // SAFE
    }

    public void guardedValueOutlivesTheIf(Customer c) {
        String to = null;
        if (consent.mayEmail(c)) {
            to = c.getEmail();
        }
        if (to != null) {
            mailer.sendPromotion(to, "Sale"); // SAFE
        }
    }

    public void guardedValuePassedToAnotherMethod(Customer c) {
        if (consent.mayMarket(c)) {
            deliverLater(c.getEmail());
        }
    }

    public void deliverLater(String to) {
        mailer.sendPromotion(to, "Sale"); // SAFE
    }

    public void guardedMapReadByKey(Customer c) {
        Map<Long, String> byId = new HashMap<>();
        if (consent.mayMarket(c)) {
            byId.put(c.getId(), c.getEmail());
        }
        mailer.sendPromotion(byId.get(c.getId()), "Sale"); // SAFE
    }
}
