package dev.consentflow.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static final Path FILE = Path.of("/p/src/Job.java");

    private static Finding sent(int line, String source) {
        return new Finding(Rule.UNCONSENTED_USE, Severity.ERROR, "m", new Location(FILE, line, 9),
                List.of("user.contact.email"), "marketing", List.of(
                        new FlowStep(FlowStep.Kind.SOURCE, new Location(FILE, line, 30), source),
                        new FlowStep(FlowStep.Kind.SINK, new Location(FILE, line, 9), "used for marketing by Mailer.send")));
    }

    @Test
    void isThirtyTwoHexDigitsAndDependsOnEveryPart() {
        String print = Fingerprints.of("unconsented-use", "a.Job#run()", "reads email", "used by send", 0);

        assertThat(print).matches("[0-9a-f]{32}")
                .isEqualTo(Fingerprints.of("unconsented-use", "a.Job#run()", "reads email", "used by send", 0));
        assertThat(List.of(
                Fingerprints.of("purpose-mismatch", "a.Job#run()", "reads email", "used by send", 0),
                Fingerprints.of("unconsented-use", "a.Job#walk()", "reads email", "used by send", 0),
                Fingerprints.of("unconsented-use", "a.Job#run()", "reads name", "used by send", 0),
                Fingerprints.of("unconsented-use", "a.Job#run()", "reads email", "used by post", 0),
                Fingerprints.of("unconsented-use", "a.Job#run()", "reads email", "used by send", 1)))
                .doesNotContain(print).doesNotHaveDuplicates();
    }

    @Test
    void partsCannotRunIntoEachOther() {
        assertThat(Fingerprints.of("r", "ab", "c", "d", 0)).isNotEqualTo(Fingerprints.of("r", "a", "bc", "d", 0));
    }

    @Test
    void countsOrdinalsInFileOrderAmongFindingsThatShareTheirParts() {
        List<Finding> placed = Fingerprints.assign(List.of(sent(20, "reads email"), sent(10, "reads email"),
                sent(15, "reads name")), f -> "a.Job#run()");

        assertThat(placed).extracting(Finding::member).containsOnly("a.Job#run()");
        assertThat(placed).extracting(Finding::fingerprint).containsExactly(
                Fingerprints.of("unconsented-use", "a.Job#run()", "reads email", "used for marketing by Mailer.send", 1),
                Fingerprints.of("unconsented-use", "a.Job#run()", "reads email", "used for marketing by Mailer.send", 0),
                Fingerprints.of("unconsented-use", "a.Job#run()", "reads name", "used for marketing by Mailer.send", 0));
    }

    @Test
    void aFindingWithoutFlowIsKnownByItsMessage() {
        Finding declared = new Finding(Rule.INVALID_LEGAL_BASIS, Severity.ERROR, "Ads declares CONTRACT",
                new Location(FILE, 3, 5), List.of(), "marketing", List.of());

        assertThat(Fingerprints.assign(List.of(declared), f -> "a.Ads").get(0).fingerprint())
                .isEqualTo(Fingerprints.of("invalid-legal-basis", "a.Ads", "", "Ads declares CONTRACT", 0));
    }
}
