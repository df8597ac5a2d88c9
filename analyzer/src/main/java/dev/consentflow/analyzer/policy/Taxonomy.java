package dev.consentflow.analyzer.policy;

import java.util.List;
import java.util.Map;

/**
 * Operations on Fideslang 3.2 keys (data categories and data uses): dotted paths where a key covers its
 * descendants ({@code marketing} covers {@code marketing.communications.email}), never the reverse and
 * never a sibling. Deprecated keys are read as aliases of their replacements.
 */
public final class Taxonomy {
    /** Fideslang 3.2 deprecations that DESIGN §1 names, old key → replacement. */
    private static final Map<String, String> ALIASES = Map.of(
            "user.health_and_medical", "user.health",
            "user.biometric", "user.biometrics");

    /** GDPR Art. 9(1) special categories as Fideslang keys (genetic data is {@code user.health.genetic}). */
    public static final List<String> DEFAULT_SPECIAL_CATEGORIES = List.of(
            "user.health", "user.biometrics", "user.demographic.race_ethnicity",
            "user.demographic.political_opinion", "user.demographic.religious_belief",
            "user.demographic.philosophical_belief", "user.demographic.union_membership",
            "user.demographic.sexual_orientation");

    private Taxonomy() {}

    /** The key with a deprecated prefix replaced by its successor; other keys unchanged. */
    public static String canonical(String key) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            String old = alias.getKey();
            if (key.equals(old) || key.startsWith(old + ".")) {
                return alias.getValue() + key.substring(old.length());
            }
        }
        return key;
    }

    /** Whether {@code ancestor} equals {@code key} or is one of its ancestors, after resolving aliases. */
    public static boolean covers(String ancestor, String key) {
        String a = canonical(ancestor);
        String k = canonical(key);
        return k.equals(a) || k.startsWith(a + ".");
    }

    /** Whether any of {@code ancestors} covers {@code key}. */
    public static boolean coveredByAny(List<String> ancestors, String key) {
        return ancestors.stream().anyMatch(a -> covers(a, key));
    }
}
