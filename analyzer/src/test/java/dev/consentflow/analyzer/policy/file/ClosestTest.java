package dev.consentflow.analyzer.policy.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestTest {
    @Test
    void levenshteinDistanceStopsAboveTheBound() {
        assertThat(Closest.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Closest.distance("same", "same", 0)).isZero();
        assertThat(Closest.distance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Closest.distance("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void picksTheNearestWithinAThirdOfTheLengthTiesByName() {
        List<String> names = List.of("personalData", "dataUses", "rules");
        assertThat(Closest.to("personaldata", names, n -> n)).contains("personalData");
        assertThat(Closest.to("rule", names, n -> n)).contains("rules");
        assertThat(Closest.to("anonymisers", names, n -> n)).isEmpty();
        assertThat(Closest.to("ab", List.of("ad", "ac"), n -> n)).contains("ac");
    }
}
