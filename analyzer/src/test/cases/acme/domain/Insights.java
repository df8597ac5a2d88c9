package acme.domain;

import dev.consentflow.annotations.DataUse;
import dev.consentflow.annotations.LegalBasis;

/** Analytics is not under consentRequired: it needs consent only where it claims consent as its basis. */
public interface Insights {
    @DataUse(purpose = "analytics.reporting", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
    void track(String event);

    @DataUse(purpose = "analytics")
    void profile(String trait);
}
