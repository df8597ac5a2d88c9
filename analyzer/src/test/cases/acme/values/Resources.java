package acme.values;

import acme.domain.Customer;
import acme.domain.Mailer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

/** Try-with-resources, and exceptions carrying data from the throw to the catch. */
public class Resources {
    Mailer mailer;

    public void writerResource(Customer c) throws IOException {
        try (StringWriter w = new StringWriter()) {
            w.write(c.getName());
            mailer.sendPromotion("ops@acme.test", w.toString()); // EXPECT: unconsented-use
        }
    }

    public void readerOfACleanText() throws IOException {
        try (BufferedReader r = new BufferedReader(new StringReader("ops@acme.test"))) {
            mailer.sendPromotion(r.readLine(), "Sale"); // SAFE
        }
    }

    public void readerOfPersonalText(Customer c) throws IOException {
        try (var r = new BufferedReader(new StringReader(c.getEmail()))) {
            mailer.sendPromotion(r.readLine(), "Sale"); // EXPECT: unconsented-use
        }
    }

    /** An exception that carries an address in a field, with a message that holds none. */
    public static class BounceException extends RuntimeException {
        public final String address;

        public BounceException(String address) {
            super("mailbox full");
            this.address = address;
        }
    }

    public void bounce(Customer c) {
        throw new BounceException(c.getEmail()); // SAFE
    }

    public void exceptionFieldCarriesData(Customer c) {
        try {
            bounce(c);
        } catch (BounceException e) {
            mailer.sendPromotion(e.address, "Your mailbox is full"); // EXPECT: unconsented-use
        }
    }

    public void exceptionMessageCarriesData(Customer c) {
        try {
            throw new IllegalStateException(c.getEmail()); // EXPECT: personal-data-logged
        } catch (IllegalStateException e) {
            mailer.sendPromotion("ops@acme.test", e.getMessage()); // EXPECT: unconsented-use
        }
    }

    public void exceptionWithoutData(Customer c) {
        try {
            throw new IllegalStateException("no address");
        } catch (IllegalStateException e) {
            mailer.sendPromotion("ops@acme.test", e.getMessage()); // SAFE
        }
    }
}
