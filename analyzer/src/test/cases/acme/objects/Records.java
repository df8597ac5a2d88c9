package acme.objects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Lead;
import acme.domain.Mailer;
import dev.consentflow.annotations.PersonalData;

/** Records: components from personal data, annotated components, compact constructors, withers. */
public class Records {
    Mailer mailer;
    ConsentService consent;

    public record Recipient(String address, String greeting) {
        public Recipient {
            greeting = greeting.strip();
        }

        public Recipient withGreeting(String g) {
            return new Recipient(address, g);
        }
    }

    public void componentAccessor(Customer c) {
        Recipient r = new Recipient(c.getEmail(), "Hi");
        mailer.sendPromotion(r.address(), r.greeting()); // EXPECT: unconsented-use
    }

    public void throughCompactConstructor(Customer c) {
        Recipient r = new Recipient("ops@acme.test", "Dear " + c.getName());
        mailer.sendPromotion(r.address(), r.greeting()); // EXPECT: unconsented-use
    }

    public void cleanComponent(Customer c) {
        Recipient r = new Recipient(c.getEmail(), "Hi");
        mailer.sendPromotion("ops@acme.test", r.greeting()); // SAFE
    }

    public void witherKeepsTheAddress(Customer c) {
        Recipient r = new Recipient(c.getEmail(), "Hi").withGreeting("Hello");
        mailer.sendPromotion(r.address(), "Sale"); // EXPECT: unconsented-use
    }

    public void annotatedComponent(Lead lead) {
        mailer.sendPromotion(lead.email(), "Welcome"); // EXPECT: unconsented-use
    }

    public void plainComponentOfAnnotatedRecord(Lead lead) {
        mailer.sendPromotion("ops@acme.test", "lead from " + lead.source()); // SAFE
    }

    public void recordUnderAGuard(Customer c) {
        if (consent.mayMarket(c)) {
            Recipient r = new Recipient(c.getEmail(), "Hi");
            mailer.sendPromotion(r.address(), r.greeting()); // SAFE
        }
    }

    /** A record that masks its annotated component in a {@code toString()} of its own. */
    public record MaskedLead(@PersonalData(category = "user.contact.email") String email) {
        @Override
        public String toString() {
            return "MaskedLead[***]";
        }
    }

    public void implicitToStringRendersTheComponents(Lead lead) {
        mailer.sendPromotion("ops@acme.test", lead.toString()); // EXPECT: unconsented-use
    }

    public void concatenationRendersTheComponents(Lead lead) {
        mailer.sendPromotion("ops@acme.test", "lead: " + lead); // EXPECT: unconsented-use
    }

    public void ownToStringDecidesWhatIsRendered(MaskedLead lead) {
        mailer.sendPromotion("ops@acme.test", "lead: " + lead); // SAFE
    }

    public void ownToStringCalled(MaskedLead lead) {
        mailer.sendPromotion("ops@acme.test", lead.toString()); // SAFE
    }
}
