package acme.domain;

import dev.consentflow.annotations.DataUse;

public interface Sms {
    @DataUse(purpose = "marketing.communications.sms")
    void text(String phone);
}
