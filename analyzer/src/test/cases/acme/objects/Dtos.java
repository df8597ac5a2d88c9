package acme.objects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** Plain objects: constructors, getters and setters, public fields, objects kept in fields, `this` escaping. */
public class Dtos {
    Mailer mailer;
    ConsentService consent;

    public static class Letter {
        private String to;
        private final String body;
        public String note;

        public Letter(String to, String body) {
            this.to = to;
            this.body = body;
        }

        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
        public String getBody() { return body; }
    }

    public void viaConstructor(Customer c) {
        Letter letter = new Letter(c.getEmail(), "Spring sale");
        mailer.sendPromotion(letter.getTo(), letter.getBody()); // EXPECT: unconsented-use
    }

    public void viaSetter(Customer c) {
        Letter letter = new Letter("ops@acme.test", "Spring sale");
        letter.setTo(c.getEmail());
        mailer.sendPromotion(letter.getTo(), "Spring sale"); // EXPECT: unconsented-use
    }

    public void viaPublicField(Customer c) {
        Letter letter = new Letter("ops@acme.test", "Spring sale");
        letter.note = "Dear " + c.name;
        mailer.sendPromotion("ops@acme.test", letter.note); // EXPECT: unconsented-use
    }

    public void cleanLetter() {
        Letter letter = new Letter("ops@acme.test", "Spring sale");
        mailer.sendPromotion(letter.getTo(), letter.getBody()); // SAFE
    }

    public void onlyTheCleanFieldIsRead(Customer c) {
        Letter letter = new Letter(c.getEmail(), "Spring sale");
        mailer.sendReceipt(letter.getTo(), "Order confirmed");
        mailer.sendPromotion("ops@acme.test", letter.getBody()); // SAFE
    }

    public void guardedLetter(Customer c) {
        if (!consent.mayMarket(c)) {
            return;
        }
        Letter letter = new Letter(c.getEmail(), "Spring sale");
        mailer.sendPromotion(letter.getTo(), letter.getBody()); // SAFE
    }

    /** A DTO filled in one method and read in another, through a field of this object. */
    private final Letter draft = new Letter("ops@acme.test", "Weekly");

    public void fillDraft(Customer c) {
        draft.setTo(c.getEmail());
    }

    public void sendDraft() {
        mailer.sendPromotion(draft.getTo(), draft.getBody()); // EXPECT: unconsented-use
    }

    /** The whole object carries what was put into it. */
    public void wholeObject(Customer c) {
        Letter letter = new Letter(c.getEmail(), "Spring sale");
        mailer.sendMessage(letter); // EXPECT: unconsented-use
    }

    /** `this` escapes into an outbox, which sends what the draft holds later. */
    public static class Outbox {
        private final java.util.List<Draft> queued = new java.util.ArrayList<>();
        Mailer mailer;

        public void queue(Draft d) {
            queued.add(d);
        }

        public void flush() {
            for (Draft d : queued) {
                mailer.sendPromotion(d.recipient, "Weekly"); // EXPECT: unconsented-use
            }
        }
    }

    public static class Draft {
        String recipient;

        public Draft(Customer c, Outbox outbox) {
            this.recipient = c.getEmail();
            outbox.queue(this);
        }
    }
}
