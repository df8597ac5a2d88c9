package dev.consentflow.analyzer.model;

import java.util.Comparator;
import java.util.List;

/**
 * One flow of personal data of one category into a data use, with how it is guarded: a row of the data
 * map (the inventory a GDPR Art. 30 record of processing is drawn from). Every use of personal data the
 * analysis judged is a flow, whether or not it has a finding.
 *
 * @param category the Fideslang data category of the data
 * @param subject the Fideslang data-subject kind ({@code @PersonalData.subject}, e.g. {@code customer})
 * @param purpose the Fideslang data use of the sink
 * @param legalBasis the sink's legal basis, a {@code LegalBasis} constant name (GDPR Art. 6(1))
 * @param sourceMember where the data is read, e.g. {@code Customer.email}
 * @param sinkMember the data use, e.g. {@code Mailer.sendPromotion}
 * @param status how the flow is guarded
 * @param guards the {@code @ConsentCheck} members whose consent holds for it, sorted; empty when none does
 * @param rules the rules it violates (its findings), in rule order; empty unless {@link Status#UNGUARDED}
 * @param location where its finding would stand: the sink call, or the call site it was judged at
 * @param steps the path source → steps → sink
 * @param subjectUnknown whether the data was read back without its owner, so that any consent for the
 *     purpose was accepted (DESIGN §1)
 */
public record Flow(String category, String subject, String purpose, String legalBasis, String sourceMember,
        String sinkMember, Status status, List<String> guards, List<Rule> rules, Location location,
        List<FlowStep> steps, boolean subjectUnknown) {

    /** The report order: by location, then purpose, category, source and sink. */
    public static final Comparator<Flow> ORDER = Comparator.comparing(Flow::location)
            .thenComparing(Flow::purpose)
            .thenComparing(Flow::category)
            .thenComparing(Flow::sourceMember)
            .thenComparing(Flow::sinkMember)
            .thenComparing(Flow::legalBasis)
            .thenComparing(Flow::subject)
            .thenComparing(f -> f.steps().isEmpty() ? f.location() : f.steps().get(0).location());

    public Flow {
        guards = List.copyOf(guards);
        rules = List.copyOf(rules);
        steps = List.copyOf(steps);
    }

    /** How a flow is guarded, worst first. */
    public enum Status {
        /** A finding: no consent for the purpose holds for the data's subject (or it does not name a special category). */
        UNGUARDED("unguarded"),
        /**
         * Guarded only by an opt-out flag ({@code grantedWhen = false}), which counts as consent under
         * {@code rules.optOutIsConsent: true}; GDPR Recital 32 says inactivity is not consent.
         */
        OPT_OUT_ONLY("opt-out only"),
        /** Consent for a covering purpose holds for the data's subject, or travels with the data. */
        GUARDED("guarded"),
        /** The use claims a legal basis other than consent, and its purpose does not need consent. */
        OTHER_LEGAL_BASIS("other legal basis");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The words reports show, e.g. {@code opt-out only}. */
        public String label() {
            return label;
        }
    }
}
