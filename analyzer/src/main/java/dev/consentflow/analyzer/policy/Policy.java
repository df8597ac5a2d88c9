package dev.consentflow.analyzer.policy;

import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules' configuration (DESIGN §1 "Rules"), the {@code rules:} section of {@code consentflow.yaml}:
 * which purposes need consent, which categories are special, which legal bases a purpose may claim, how
 * severe each rule is, which files are left out, which callers are trusted to check consent, and whether
 * an opt-out flag counts as consent.
 *
 * @param consentRequired purposes (with their sub-purposes) that need consent
 * @param specialCategories GDPR Art. 9 categories
 * @param allowedLegalBases purpose → legal bases it may claim; the nearest listed ancestor applies
 * @param severities rules whose severity differs from {@link Rule#defaultSeverity()}
 * @param disabledRules rules switched {@code off}: they report nothing
 * @param excludes {@code java.nio.file} globs, relative to each source root, of files to leave out
 * @param trustCallers which methods' callers are trusted to check consent (DESIGN §1 "Where a finding
 *     stands")
 * @param optOutIsConsent whether a flow guarded only by an opt-out flag ({@code grantedWhen = false}) is
 *     guarded; when {@code false} it is {@code unconsented-use}
 */
public record Policy(List<String> consentRequired, List<String> specialCategories,
        Map<String, List<String>> allowedLegalBases, Map<Rule, Severity> severities, Set<Rule> disabledRules,
        List<String> excludes, TrustCallers trustCallers, boolean optOutIsConsent) {

    /** The names of {@code dev.consentflow.annotations.LegalBasis}, GDPR Art. 6(1) (a) to (f). */
    public static final List<String> LEGAL_BASES = List.of(
            "CONSENT", "CONTRACT", "LEGAL_OBLIGATION", "VITAL_INTERESTS", "PUBLIC_TASK", "LEGITIMATE_INTERESTS");

    /** The defaults of DESIGN §1: consent for marketing and personalization, GDPR Art. 9 categories. */
    public static final Policy DEFAULT = new Policy(
            List.of("marketing", "personalize"), Taxonomy.DEFAULT_SPECIAL_CATEGORIES, Map.of(), Map.of(), Set.of(),
            List.of(), TrustCallers.PRIVATE, true);

    /** {@code rules.trustCallers}: whose call sites a finding moves to. */
    public enum TrustCallers {
        /** Private and package-private methods with at least one call site in the analyzed code. */
        PRIVATE,
        /** Every method with at least one call site in the analyzed code. */
        ALL
    }

    public Policy {
        consentRequired = List.copyOf(consentRequired);
        specialCategories = List.copyOf(specialCategories);
        allowedLegalBases = Map.copyOf(allowedLegalBases);
        // Enum-ordered copies: reports that list them stay byte-stable.
        severities = severities.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(severities));
        disabledRules = disabledRules.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(disabledRules));
        excludes = List.copyOf(excludes);
    }

    /**
     * Whether a use needs consent: its legal basis is consent, or its purpose is under
     * {@code consentRequired} (so a wrong declaration cannot switch the check off).
     */
    public boolean needsConsent(String purpose, String legalBasis) {
        return "CONSENT".equals(legalBasis) || consentRequiredFor(purpose);
    }

    /** Whether the purpose is under {@code consentRequired}. */
    public boolean consentRequiredFor(String purpose) {
        return Taxonomy.coveredByAny(consentRequired, purpose);
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

    /** The severity findings of {@code rule} are reported with, or empty when the rule is switched off. */
    public Optional<Severity> severity(Rule rule) {
        if (disabledRules.contains(rule)) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(rule, rule.defaultSeverity()));
    }
}
