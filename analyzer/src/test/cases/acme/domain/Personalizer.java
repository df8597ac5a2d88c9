package acme.domain;

import dev.consentflow.annotations.DataUse;

public interface Personalizer {
    @DataUse(purpose = "personalize.content")
    void tailor(String profile);
}
