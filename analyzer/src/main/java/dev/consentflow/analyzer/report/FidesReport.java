package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Flow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * {@code fides.yml}: a Fides system manifest drawn from the data map, so that a privacy team using Fides
 * keeps its map in step with what the code does: one system, one privacy declaration per (purpose, legal
 * basis) with the data categories and data subjects that reach it, and the legal basis in Fideslang's
 * words. Map keys are sorted, so equal data maps give equal bytes.
 */
final class FidesReport {
    static final String FILE_NAME = "fides.yml";
    /** Fideslang's {@code FidesKey}: letters, digits and {@code _ . < > -}. */
    private static final Pattern FIDES_KEY = Pattern.compile("[A-Za-z0-9_.<>-]+");
    private static final Pattern NOT_IN_KEY = Pattern.compile("[^A-Za-z0-9_.<>-]");
    /** {@code LegalBasis} (GDPR Art. 6(1)) to Fideslang's {@code legal_basis_for_processing}. */
    private static final Map<String, String> LEGAL_BASES = Map.of(
            "CONSENT", "Consent",
            "CONTRACT", "Contract",
            "LEGAL_OBLIGATION", "Legal obligations",
            "VITAL_INTERESTS", "Vital interests",
            "PUBLIC_TASK", "Public interest",
            "LEGITIMATE_INTERESTS", "Legitimate interests");
    private static final Dump YAML = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setBestLineBreak("\n")
            .build());

    private FidesReport() {}

    /** Whether {@code key} is a valid Fides key, e.g. {@code newsletter-app}. */
    static boolean isValidKey(String key) {
        return FIDES_KEY.matcher(key).matches();
    }

    /** The system key when none is given: the report root's directory name, its other characters as {@code _}. */
    static String defaultKey(Path reportRoot) {
        String name = Optional.ofNullable(reportRoot.getFileName()).map(Path::toString).orElse("");
        return name.isEmpty() ? "system" : NOT_IN_KEY.matcher(name).replaceAll("_");
    }

    /**
     * The manifest's YAML text.
     *
     * @param systemKey the system's {@code fides_key}, valid by {@link #isValidKey}
     * @throws IllegalArgumentException for an invalid key or a legal basis Fideslang has no word for
     */
    static String yaml(AnalysisResult result, String systemKey) {
        if (!isValidKey(systemKey)) {
            throw new IllegalArgumentException("not a Fides key: '" + systemKey + "' (use letters, digits, _ . - < >)");
        }
        SortedMap<String, Object> system = new TreeMap<>();
        system.put("fides_key", systemKey);
        system.put("name", systemKey);
        system.put("description", "Personal data flows found in the code by consentflow.");
        system.put("system_type", "Service");
        system.put("privacy_declarations", declarations(result.flows()));
        return YAML.dumpToString(Map.of("system", List.of(system)));
    }

    /** One declaration per (purpose, legal basis), in that order. */
    private static List<SortedMap<String, Object>> declarations(List<Flow> flows) {
        SortedMap<String, SortedMap<String, Declaration>> byUse = new TreeMap<>();
        for (Flow f : flows) {
            byUse.computeIfAbsent(f.purpose(), p -> new TreeMap<>())
                    .computeIfAbsent(fideslang(f.legalBasis()), b -> new Declaration())
                    .add(f);
        }
        return byUse.entrySet().stream()
                .flatMap(use -> use.getValue().entrySet().stream().map(basis -> {
                    SortedMap<String, Object> d = new TreeMap<>();
                    d.put("name", use.getKey() + " (" + basis.getKey() + ")");
                    d.put("data_use", use.getKey());
                    d.put("legal_basis_for_processing", basis.getKey());
                    d.put("data_categories", List.copyOf(basis.getValue().categories));
                    d.put("data_subjects", List.copyOf(basis.getValue().subjects));
                    return d;
                }))
                .toList();
    }

    private static String fideslang(String legalBasis) {
        String word = LEGAL_BASES.get(legalBasis);
        if (word == null) {
            throw new IllegalArgumentException("no Fideslang legal basis for " + legalBasis);
        }
        return word;
    }

    private static final class Declaration {
        final SortedSet<String> categories = new TreeSet<>();
        final SortedSet<String> subjects = new TreeSet<>();

        void add(Flow f) {
            categories.add(f.category());
            subjects.add(f.subject());
        }
    }
}
