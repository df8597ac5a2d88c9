package dev.consentflow.analyzer.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectSpecTest {
    @Test
    void emptyMeansReceiverForParameterlessMembersElseTheFirstParameter() {
        SubjectSpec spec = SubjectSpec.parse("");
        assertThat(spec.resolve(0)).isZero();
        assertThat(spec.resolve(2)).isEqualTo(1);
    }

    @Test
    void explicitIndexes() {
        assertThat(SubjectSpec.parse("#0").resolve(3)).isZero();
        assertThat(SubjectSpec.parse("#2").resolve(3)).isEqualTo(2);
        assertThat(SubjectSpec.parse(" #1 ").resolve(1)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#", "1", "#-1", "#a", "receiver", "#99999999999"})
    void malformedSubjectsAreRejected(String text) {
        assertThatThrownBy(() -> SubjectSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"#n\"");
    }
}
