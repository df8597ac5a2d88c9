package dev.consentflow.analyzer.policy;

import java.util.List;

/** The roles a member can play in a flow (DESIGN §1, "Annotations"). */
public final class Roles {
    private Roles() {}

    /**
     * A source of personal data ({@code @PersonalData}).
     *
     * @param categories Fideslang data categories
     * @param subjectKind Fideslang data-subject kind, for reports only
     */
    public record Source(List<String> categories, String subjectKind) {
        public Source {
            categories = List.copyOf(categories);
        }
    }

    /**
     * A sink ({@code @DataUse}).
     *
     * @param purpose Fideslang data use
     * @param legalBasis a {@code LegalBasis} constant name, e.g. {@code CONSENT}
     */
    public record Sink(String purpose, String legalBasis) {}

    /**
     * A guard ({@code @ConsentCheck}).
     *
     * @param purpose the consented Fideslang data use
     * @param subject which value is the person
     * @param grantedWhen the result meaning consent
     * @param categories special categories the consent names
     */
    public record Check(String purpose, SubjectSpec subject, boolean grantedWhen, List<String> categories) {
        public Check {
            categories = List.copyOf(categories);
        }
    }
}
