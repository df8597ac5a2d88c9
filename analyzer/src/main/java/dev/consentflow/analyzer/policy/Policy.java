package dev.consentflow.analyzer.policy;

import java.util.List;
import java.util.Map;

/**
 * The rules' configuration (DESIGN §1 "Rules"): which purposes need consent, which categories are
 * special, and which legal bases a purpose may claim.
 *
 * @param consentRequired purposes (with their sub-purposes) that need consent
 * @param specialCategories GDPR Art. 9 categories
 * @param allowedLegalBases purpose → legal bases it may claim; the nearest listed ancestor applies
 */
public record Policy(List<String> consentRequired, List<String> specialCategories,
        Map<String, List<String>> allowedLegalBases) {

    /** The defaults of DESIGN §1: consent for marketing and personalization, GDPR Art. 9 categories. */
    public static final Policy DEFAULT = new Policy(
            List.of("marketing", "personalize"), Taxonomy.DEFAULT_SPECIAL_CATEGORIES, Map.of());

    public Policy {
        consentRequired = List.copyOf(consentRequired);
        specialCategories = List.copyOf(specialCategories);
        allowedLegalBases = Map.copyOf(allowedLegalBases);
    }

    /**
     * Whether a use needs consent: its legal basis is consent, or its purpose is under
     * {@code consentRequired} (so a wrong declaration cannot switch the check off).
     */
    public boolean needsConsent(String purpose, String legalBasis) {
        return "CONSENT".equals(legalBasis) || Taxonomy.coveredByAny(consentRequired, purpose);
    }

    public boolean isSpecial(String category) {
        return Taxonomy.coveredByAny(specialCategories, category);
    }

    /**
     * The legal bases {@code purpose} may claim: those of its nearest ancestor listed in
     * {@code allowedLegalBases}; else {@code [CONSENT]} under {@code consentRequired}; else any (empty).
     */
    public List<String> allowedBases(String purpose) {
        String best = null;
        for (String listed : allowedLegalBases.keySet()) {
            if (Taxonomy.covers(listed, purpose) && (best == null || listed.length() > best.length())) {
                best = listed;
            }
        }
        if (best != null) {
            return allowedLegalBases.get(best);
        }
        return Taxonomy.coveredByAny(consentRequired, purpose) ? List.of("CONSENT") : List.of();
    }
}
