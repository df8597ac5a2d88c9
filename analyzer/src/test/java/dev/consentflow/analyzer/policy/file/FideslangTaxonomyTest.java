package dev.consentflow.analyzer.policy.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.policy.file.FideslangTaxonomy.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FideslangTaxonomyTest {
    private final FideslangTaxonomy standard = FideslangTaxonomy.standard();

    @Test
    void knowsTheFideslang32DataCategories() {
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.contact.email")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.biometrics.fingerprint")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.health.genetic")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.demographic.union_membership")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "system.operations")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.contact.emial")).isFalse();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.contact.email.work")).isFalse();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "marketing")).isFalse();
    }

    @Test
    void knowsTheFideslang32DataUses() {
        assertThat(standard.knows(Kind.DATA_USE, "marketing")).isTrue();
        assertThat(standard.knows(Kind.DATA_USE, "marketing.communications.email")).isTrue();
        assertThat(standard.knows(Kind.DATA_USE, "essential.service.notifications.email")).isTrue();
        assertThat(standard.knows(Kind.DATA_USE, "personalize.content.profiling")).isTrue();
        assertThat(standard.knows(Kind.DATA_USE, "train_ai_system")).isTrue();
        assertThat(standard.knows(Kind.DATA_USE, "marketing.newsletter")).isFalse();
        assertThat(standard.knows(Kind.DATA_USE, "user.contact.email")).isFalse();
    }

    @Test
    void deprecatedKeysAndTheirDescendantsAreAccepted() {
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.health_and_medical")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.biometric")).isTrue();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.biometric.fingerprint")).isTrue();
        // Not a Fideslang key itself, but DESIGN's alias makes it user.health.condition.
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.health_and_medical.condition")).isTrue();
    }

    @Test
    void suggestsTheClosestKnownKey() {
        assertThat(standard.closest(Kind.DATA_CATEGORY, "user.contact.emial")).contains("user.contact.email");
        assertThat(standard.closest(Kind.DATA_USE, "marketing.comunications")).contains("marketing.communications");
        assertThat(standard.closest(Kind.DATA_USE, "newsletter")).isEmpty();
    }

    @Test
    void aProjectsOwnKeysAreKnownBesideTheStandardOnes() {
        FideslangTaxonomy extended = standard.withExtras(List.of("user.loyalty.tier"), List.of("marketing.loyalty"));
        assertThat(extended.knows(Kind.DATA_CATEGORY, "user.loyalty.tier")).isTrue();
        assertThat(extended.knows(Kind.DATA_USE, "marketing.loyalty")).isTrue();
        assertThat(extended.knows(Kind.DATA_CATEGORY, "user.contact.email")).isTrue();
        assertThat(extended.knows(Kind.DATA_USE, "user.loyalty.tier")).isFalse();
        assertThat(standard.knows(Kind.DATA_CATEGORY, "user.loyalty.tier")).isFalse();
    }
}
