package shop.campaigns;

import dev.consentflow.annotations.DataUse;

/** Sends marketing e-mail. */
public interface Mailer {
    @DataUse(purpose = "marketing.communications.email")
    void sendPromotion(String to, String body);
}
