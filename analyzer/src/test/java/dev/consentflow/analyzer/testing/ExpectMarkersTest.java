package dev.consentflow.analyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectMarkersTest {
    @Test
    void readsOneOrMoreRulesOnTheirLines() {
        String source = """
                a();
                b(); // EXPECT: unconsented-use
                c(); //EXPECT:special-category , unconsented-use
                """;
        assertThat(ExpectMarkers.parse("A.java", source)).containsExactly(
                new ExpectMarkers.Expected("A.java", 2, "unconsented-use"),
                new ExpectMarkers.Expected("A.java", 3, "special-category"),
                new ExpectMarkers.Expected("A.java", 3, "unconsented-use"));
    }

    @Test
    void markerWithoutRuleIsAnError() {
        assertThatThrownBy(() -> ExpectMarkers.parse("A.java", "x(); // EXPECT:\n"))
                .hasMessage("A.java:1: EXPECT: needs a rule id");
    }

    @Test
    void linesWithoutMarkersExpectNothing() {
        assertThat(ExpectMarkers.parse("A.java", "x(); // SAFE\ny();\n")).isEmpty();
    }
}
