package acme.subjects;

import acme.domain.ConsentService;
import acme.domain.ContactCard;
import acme.domain.Customer;
import acme.domain.Mailer;
import acme.domain.Order;
import java.util.ArrayList;
import java.util.List;

/**
 * Subjects: the owner a datum was read from, copies, derived keys, explicit subject parameters, values of
 * a personal-data type, loop and lambda variables, and data whose subject is unknown.
 */
public class Subjects {
    Mailer mailer;
    ConsentService consent;

    public void ownerPath(Order order) {
        if (consent.mayMarket(order.getRecipient())) {
            mailer.sendPromotion(order.getRecipient().getEmail(), "Sale"); // SAFE
        }
    }

    public void ownerPathOtherPerson(Order order) {
        if (consent.mayMarket(order.getBuyer())) {
            mailer.sendPromotion(order.getRecipient().getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void ownerPathThroughFields(Order order) {
        if (consent.mayMarket(order.buyer)) {
            mailer.sendPromotion(order.buyer.email, "Catalogue"); // SAFE
        }
    }

    public void referrerIsAnotherPerson(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(c.referredBy.email, "Your friend joined"); // EXPECT: subject-mismatch
        }
    }

    public void referrerChecked(Customer c) {
        if (consent.mayMarket(c.getReferredBy())) {
            mailer.sendPromotion(c.referredBy.email, "Your friend joined"); // SAFE
        }
    }

    public void copyOfTheSubject(Customer c) {
        Customer same = c;
        if (consent.mayMarket(same)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void copyOfTheDatum(Customer c) {
        String to = c.getEmail();
        String alias = to;
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(alias, "Sale"); // SAFE
        }
    }

    public void derivedKey(Customer c) {
        long id = c.getId();
        if (consent.mayMarketId(id)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void keyPassedDirectly(Customer c) {
        if (consent.mayMarketId(c.getId())) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void keyOfAnotherPerson(Customer c, Customer other) {
        if (consent.mayMarketId(other.getId())) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void bareIdIsASubjectOfItsOwn(long customerId, Customer c) {
        if (consent.mayMarketId(customerId)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void explicitSubjectParameter(Customer c) {
        if (consent.mayMarketVia("email", c)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void explicitSubjectParameterOtherPerson(Customer c, Customer other) {
        if (consent.mayMarketVia("email", other)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void personalTypeIsItsOwnSubject(ContactCard card) {
        if (consent.mayMarketCard(card)) {
            mailer.sendMessage(card); // SAFE
        }
    }

    public void personalTypeUnguarded(ContactCard card) {
        mailer.sendMessage(card); // EXPECT: unconsented-use
    }

    public void personalTypeOtherCard(ContactCard card, ContactCard other) {
        if (consent.mayMarketCard(other)) {
            mailer.sendMessage(card); // EXPECT: subject-mismatch
        }
    }

    public void loopVariableIsASubjectOfItsOwn(List<Customer> all, Customer first) {
        if (consent.mayMarket(first)) {
            for (Customer c : all) {
                mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
            }
        }
    }

    public void lambdaParameterIsASubjectOfItsOwn(List<Customer> all, Customer first) {
        if (consent.mayMarket(first)) {
            all.forEach(x -> mailer.sendPromotion(x.getEmail(), "Sale")); // EXPECT: subject-mismatch
        }
    }

    public void subjectUnknownAcceptsAnyGuardForThePurpose(Customer c, Customer someone) {
        List<String> emails = new ArrayList<>();
        emails.add(c.getEmail());
        if (consent.mayMarket(someone)) {
            mailer.sendPromotion(emails.get(0), "Sale"); // SAFE
        }
    }

    public void subjectUnknownWithoutAnyGuard(Customer c) {
        List<String> emails = new ArrayList<>();
        emails.add(c.getEmail());
        mailer.sendPromotion(emails.get(0), "Sale"); // EXPECT: unconsented-use
    }

    public void guardOnlyForTheFirstOfTwo(Customer c, Customer d) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(c.getEmail(), "Hello from " + d.getName()); // EXPECT: subject-mismatch
        }
    }

    public void bothGuarded(Customer c, Customer d) {
        if (consent.mayMarket(c) && consent.mayMarket(d)) {
            mailer.sendPromotion(c.getEmail(), "Hello from " + d.getName()); // SAFE
        }
    }

    public void eitherPersonOnSomePath(Customer c, Customer other) {
        if (consent.mayMarket(c) || consent.mayMarket(other)) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void loopVariableGuarded(List<Customer> all) {
        for (Customer x : all) {
            if (consent.mayMarket(x)) {
                mailer.sendPromotion(x.getEmail(), "Sale"); // SAFE
            }
        }
    }

    public void copyReadAfterTheOriginalWasChecked(Customer c) {
        Customer same = c;
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(same.getEmail(), "Sale"); // SAFE
        }
    }
}
