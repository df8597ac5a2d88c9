package shop;

import dev.consentflow.annotations.DataUse;

public interface Mailer {
    @DataUse(purpose = "marketing.communications.email")
    void send(String to, String body);
}
