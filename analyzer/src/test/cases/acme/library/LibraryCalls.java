package acme.library;

import acme.domain.Anon;
import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;
import org.apache.commons.mail.HtmlEmail;

/**
 * Calls whose bodies are not available (the JDK, an unresolved library): the result carries the data of
 * the receiver and the arguments, personal arguments taint the receiver (a builder, a template, a mail
 * object), size()/isEmpty()/length() are clean, hashes stay personal, an @Anonymizer ends the flow.
 * {@code org.apache.commons.mail} is deliberately not on the classpath.
 */
public class LibraryCalls {
    Mailer mailer;
    ConsentService consent;

    public void stringBuilderReceiverTainted(Customer c) {
        StringBuilder sb = new StringBuilder("Dear ");
        sb.append(c.getName());
        mailer.sendPromotion("ops@acme.test", sb.toString()); // EXPECT: unconsented-use
    }

    public void stringJoiner(Customer c) {
        StringJoiner to = new StringJoiner(",");
        to.add("ops@acme.test");
        to.add(c.getEmail());
        mailer.sendPromotion(to.toString(), "Sale"); // EXPECT: unconsented-use
    }

    public void messageFormatTemplate(Customer c) {
        String body = MessageFormat.format("Dear {0}, sale!", c.getName());
        mailer.sendPromotion("ops@acme.test", body); // EXPECT: unconsented-use
    }

    public void unresolvedMailObjectTainted(Customer c) {
        HtmlEmail mail = new HtmlEmail();
        mail.setSubject("Sale");
        mail.addTo(c.getEmail());
        mailer.sendMessage(mail); // EXPECT: unconsented-use
    }

    public void unresolvedMailObjectClean() {
        HtmlEmail mail = new HtmlEmail();
        mail.setSubject("Sale");
        mail.addTo("ops@acme.test");
        mailer.sendMessage(mail); // SAFE
    }

    public void unresolvedResultCarriesArguments(Customer c) {
        String html = HtmlEmail.render("welcome.html", c.getName());
        mailer.sendPromotion("ops@acme.test", html); // EXPECT: unconsented-use
    }

    public void cleanJdkResults(Customer c) {
        String body = "length " + c.getEmail().length() + ", blank " + c.getName().isEmpty();
        mailer.sendPromotion("ops@acme.test", body); // SAFE
    }

    public void cleanJdkResultThroughConversion(Customer c) {
        String body = Integer.toString(c.getName().length());
        mailer.sendPromotion("ops@acme.test", body); // SAFE
    }

    public void cleanLibraryCallWithCleanArguments(Customer c) {
        String body = String.join(" ", "Spring", "sale");
        mailer.sendPromotion("ops@acme.test", body.toUpperCase()); // SAFE
    }

    public void hashCodeStaysPersonal(Customer c) {
        mailer.sendPromotion("ops@acme.test", "ref " + c.getEmail().hashCode()); // EXPECT: unconsented-use
    }

    public void objectsHashStaysPersonal(Customer c) {
        int h = Objects.hash(c.getEmail(), c.getPhone());
        mailer.sendPromotion("ops@acme.test", "ref " + h); // EXPECT: unconsented-use
    }

    public void digestStaysPersonal(Customer c) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] hash = sha.digest(c.getEmail().getBytes(StandardCharsets.UTF_8));
        mailer.sendPromotion("ops@acme.test", Base64.getEncoder().encodeToString(hash)); // EXPECT: unconsented-use
    }

    public void nameBasedUuidStaysPersonal(Customer c) {
        UUID id = UUID.nameUUIDFromBytes(c.getEmail().getBytes(StandardCharsets.UTF_8));
        mailer.sendPromotion("ops@acme.test", id.toString()); // EXPECT: unconsented-use
    }

    public void anonymizerEndsTheFlow(Customer c) {
        mailer.sendPromotion("ops@acme.test", "from " + Anon.domainOf(c.getEmail())); // SAFE
    }

    public void anonymizedAndPersonalTogether(Customer c) {
        mailer.sendPromotion("ops@acme.test", Anon.domainOf(c.getEmail()) + " " + c.getName()); // EXPECT: unconsented-use
    }

    @dev.consentflow.annotations.Anonymizer
    static String bucket(String email) {
        return "bucket-" + (email.hashCode() & 7);
    }

    public void localAnonymizer(Customer c) {
        mailer.sendPromotion("ops@acme.test", bucket(c.getEmail())); // SAFE
    }

    public void guardedLibraryTemplate(Customer c) {
        if (consent.mayEmail(c)) {
            StringBuilder sb = new StringBuilder();
            sb.append("Dear ").append(c.getName());
            mailer.sendPromotion(c.getEmail(), sb.toString()); // SAFE
        }
    }

    public void guardedUnresolvedMailObject(Customer c) {
        if (consent.mayEmail(c)) {
            HtmlEmail mail = new HtmlEmail();
            mail.addTo(c.getEmail());
            mailer.sendMessage(mail); // SAFE
        }
    }
}
