package dev.consentflow.analyzer.checkstyle;

import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.FlowStep;

/** The one-line text of a finding in an IDE's problem list: the rule id, what happens, where the data comes from. */
final class ViolationText {
    private ViolationText() {}

    /**
     * {@code [unconsented-use] personal data (user.contact.email) of c reaches Mailer.send (marketing) with no
     * consent check for c; source: reads email (user.contact.email), Customer.java:8}; a finding without a
     * flow (a declaration rule) has no source part.
     */
    static String of(Finding finding) {
        StringBuilder text = new StringBuilder("[").append(finding.rule().id()).append("] ").append(finding.message());
        if (!finding.flow().isEmpty()) {
            FlowStep source = finding.flow().get(0);
            text.append("; source: ").append(source.message()).append(", ")
                    .append(source.location().file().getFileName()).append(':').append(source.location().line());
        }
        return text.toString();
    }
}
