package acme.domain;

import dev.consentflow.annotations.DataUse;

public interface Ads {
    @DataUse(purpose = "marketing.advertising")
    void target(String... identifiers);
}
