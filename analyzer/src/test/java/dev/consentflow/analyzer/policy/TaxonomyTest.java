package dev.consentflow.analyzer.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomyTest {
    @Test
    void aKeyCoversItselfAndItsDescendantsOnly() {
        assertThat(Taxonomy.covers("marketing", "marketing.communications.email")).isTrue();
        assertThat(Taxonomy.covers("marketing", "marketing")).isTrue();
        assertThat(Taxonomy.covers("marketing.communications.email", "marketing")).isFalse();
        assertThat(Taxonomy.covers("marketing.advertising", "marketing.communications")).isFalse();
        assertThat(Taxonomy.covers("market", "marketing")).isFalse();
    }

    @Test
    void deprecatedKeysAreAliasesOfTheirReplacements() {
        assertThat(Taxonomy.canonical("user.health_and_medical")).isEqualTo("user.health");
        assertThat(Taxonomy.canonical("user.health_and_medical.genetic")).isEqualTo("user.health.genetic");
        assertThat(Taxonomy.covers("user.health", "user.health_and_medical")).isTrue();
        assertThat(Taxonomy.covers("user.biometric", "user.biometrics.fingerprint")).isTrue();
    }

    @Test
    void defaultPolicyNeedsConsentForMarketingAndPersonalization() {
        Policy policy = Policy.DEFAULT;
        assertThat(policy.needsConsent("marketing.communications.email", "CONTRACT")).isTrue();
        assertThat(policy.needsConsent("essential.service.notifications", "CONTRACT")).isFalse();
        assertThat(policy.needsConsent("analytics", "CONSENT")).isTrue();
        assertThat(policy.allowedBases("marketing.advertising")).containsExactly("CONSENT");
        assertThat(policy.allowedBases("essential")).isEmpty();
        assertThat(policy.isSpecial("user.health_and_medical")).isTrue();
        assertThat(policy.isSpecial("user.contact.email")).isFalse();
    }
}
