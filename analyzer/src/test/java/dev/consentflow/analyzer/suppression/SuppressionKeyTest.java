package dev.consentflow.analyzer.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.model.Rule;
import org.junit.jupiter.api.Test;

class SuppressionKeyTest {
    @Test
    void readsTheRuleOfAConsentflowKey() {
        assertThat(SuppressionKey.parse("consentflow:unconsented-use")).contains(Rule.UNCONSENTED_USE);
        assertThat(SuppressionKey.parse(" consentflow: personal-data-logged ")).contains(Rule.PERSONAL_DATA_LOGGED);
    }

    @Test
    void leavesOtherKeysAlone() {
        assertThat(SuppressionKey.parse("unchecked")).isEmpty();
        assertThat(SuppressionKey.parse("PMD.UnusedPrivateMethod")).isEmpty();
        assertThat(SuppressionKey.parse("consentflow")).isEmpty();
    }

    @Test
    void rejectsAnUnknownRuleNamingTheKnownOnes() {
        assertThatThrownBy(() -> SuppressionKey.parse("consentflow:unconsented"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"consentflow:unconsented\" names no consentflow rule; use consentflow:<rule> with one of"
                        + " unconsented-use, purpose-mismatch, subject-mismatch, special-category,"
                        + " invalid-legal-basis, personal-data-logged");
    }
}
