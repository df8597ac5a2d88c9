package acme.domain;

import dev.consentflow.annotations.DataUse;
import dev.consentflow.annotations.LegalBasis;

/** Email outreach: promotions need consent, receipts (a contract) do not. */
public interface Mailer {
    @DataUse(purpose = "marketing.communications.email")
    void sendPromotion(String to, String body);

    /** A promotion that reports whether it was accepted, for guards in expressions. */
    @DataUse(purpose = "marketing.communications.email")
    boolean offer(String to, String body);

    /** A promotion given as a whole message object (a library mail object, a DTO, a contact card). */
    @DataUse(purpose = "marketing.communications.email")
    void sendMessage(Object message);

    @DataUse(purpose = "essential.service.notifications", legalBasis = LegalBasis.CONTRACT)
    void sendReceipt(String to, String body);
}
