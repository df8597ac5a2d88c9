package acme.objects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** Enums: constant fields, constant-specific bodies, enum values as data. */
public class Enums {
    Mailer mailer;
    ConsentService consent;

    public enum Template {
        WELCOME("Welcome aboard"),
        SALE("Spring sale");

        private final String subject;

        Template(String subject) { this.subject = subject; }

        public String subject() { return subject; }
    }

    public enum Field {
        EMAIL {
            @Override
            public String of(Customer c) { return c.getEmail(); }
        },
        PHONE {
            @Override
            public String of(Customer c) { return c.getPhone(); }
        };

        public abstract String of(Customer c);
    }

    public enum Tier { GOLD, SILVER }

    public void constantText(Customer c) {
        mailer.sendPromotion("ops@acme.test", Template.SALE.subject()); // SAFE
    }

    public void constantSpecificBody(Customer c) {
        mailer.sendPromotion(Field.EMAIL.of(c), Template.WELCOME.subject()); // EXPECT: unconsented-use
    }

    public void everyField(Customer c) {
        for (Field f : Field.values()) {
            mailer.sendPromotion("ops@acme.test", f.of(c)); // EXPECT: unconsented-use
        }
    }

    public void enumNameIsNotPersonal(Customer c) {
        Tier tier = Tier.valueOf(c.getTier());
        mailer.sendPromotion("ops@acme.test", "Offers for " + tier.name()); // SAFE
    }

    public void guardedBody(Customer c) {
        if (consent.mayEmail(c)) {
            mailer.sendPromotion(Field.EMAIL.of(c), Template.SALE.subject()); // SAFE
        }
    }
}
