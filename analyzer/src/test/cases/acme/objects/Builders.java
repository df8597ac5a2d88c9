package acme.objects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** Builders: fluent setters that return `this`, a build() that copies into the built object. */
public class Builders {
    Mailer mailer;
    ConsentService consent;

    public static final class Envelope {
        private final String to;
        private final String subject;

        private Envelope(Builder b) {
            this.to = b.to;
            this.subject = b.subject;
        }

        public static Builder builder() { return new Builder(); }

        public String getTo() { return to; }
        public String getSubject() { return subject; }

        public static final class Builder {
            private String to;
            private String subject;

            public Builder to(String to) {
                this.to = to;
                return this;
            }

            public Builder subject(String subject) {
                this.subject = subject;
                return this;
            }

            public Envelope build() { return new Envelope(this); }
        }
    }

    public void built(Customer c) {
        Envelope e = Envelope.builder().to(c.getEmail()).subject("Sale").build();
        mailer.sendPromotion(e.getTo(), e.getSubject()); // EXPECT: unconsented-use
    }

    public void builtInline(Customer c) {
        mailer.sendPromotion(Envelope.builder().to(c.getEmail()).build().getTo(), "Sale"); // EXPECT: unconsented-use
    }

    public void builderKeptInAVariable(Customer c) {
        Envelope.Builder b = Envelope.builder();
        b.subject("Hello " + c.getName());
        b.to("ops@acme.test");
        mailer.sendPromotion("ops@acme.test", b.build().getSubject()); // EXPECT: unconsented-use
    }

    public void onlyTheCleanPartIsSent(Customer c) {
        Envelope e = Envelope.builder().to(c.getEmail()).subject("Sale").build();
        mailer.sendPromotion("ops@acme.test", e.getSubject()); // SAFE
    }

    public void builtClean() {
        Envelope e = Envelope.builder().to("ops@acme.test").subject("Sale").build();
        mailer.sendPromotion(e.getTo(), e.getSubject()); // SAFE
    }

    public void builtUnderAGuard(Customer c) {
        if (consent.mayEmail(c)) {
            Envelope e = Envelope.builder().to(c.getEmail()).subject("Sale").build();
            mailer.sendPromotion(e.getTo(), e.getSubject()); // SAFE
        }
    }
}
