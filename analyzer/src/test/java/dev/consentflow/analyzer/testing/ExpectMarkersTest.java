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

    @Test
    void safeLinesAreListed() {
        String source = """
                a(); // SAFE
                b(); // EXPECT: unconsented-use
                c(); //SAFE: guarded by the caller
                d(); // SAFEGUARD is no marker
                """;
        assertThat(ExpectMarkers.parseSafe("A.java", source)).containsExactly(
                new ExpectMarkers.Safe("A.java", 1), new ExpectMarkers.Safe("A.java", 3));
    }

    @Test
    void lineBothSafeAndExpectedIsAnError() {
        assertThatThrownBy(() -> ExpectMarkers.parseSafe("A.java", "x(); // SAFE // EXPECT: unconsented-use\n"))
                .hasMessage("A.java:1: a line is either SAFE or EXPECT:");
    }
}
