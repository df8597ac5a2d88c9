package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.model.Flow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code fides.yml} of the case suite: one privacy declaration per (purpose, legal basis) of its data map. */
class FidesReportTest {
    private static final Map<String, String> FIDESLANG = Map.of("CONSENT", "Consent", "CONTRACT", "Contract",
            "LEGAL_OBLIGATION", "Legal obligations", "VITAL_INTERESTS", "Vital interests",
            "PUBLIC_TASK", "Public interest", "LEGITIMATE_INTERESTS", "Legitimate interests");

    @TempDir
    static Path out;
    static AnalysisResult cases;
    static Map<String, Object> system;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void analyzeTheCaseSuite() throws IOException {
        cases = ConsentFlow.analyze(AnalysisRequest.builder().source(Path.of("src/test/cases")).build());
        Reports.write(cases, EnumSet.of(ReportFormat.FIDES, ReportFormat.DATAMAP), out, new RecordingConsole(), out,
                "acme-cases");
        Map<String, Object> manifest = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(out.resolve("fides.yml")));
        system = ((List<Map<String, Object>>) manifest.get("system")).get(0);
    }

    @Test
    void theSystemIsAServiceNamedByItsKey() {
        assertThat(system).containsEntry("fides_key", "acme-cases").containsEntry("system_type", "Service");
        assertThat(List.copyOf(system.keySet())).isSorted();
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachPurposeAndLegalBasisOfTheDataMapIsOneDeclarationWithItsCategoriesAndSubjects() {
        Map<String, Set<String>> categories = new TreeMap<>();
        Map<String, Set<String>> subjects = new TreeMap<>();
        for (Flow f : cases.flows()) {
            String key = f.purpose() + " / " + FIDESLANG.get(f.legalBasis());
            categories.computeIfAbsent(key, k -> new TreeSet<>()).add(f.category());
            subjects.computeIfAbsent(key, k -> new TreeSet<>()).add(f.subject());
        }
        List<Map<String, Object>> declarations = (List<Map<String, Object>>) system.get("privacy_declarations");

        assertThat(declarations.stream().map(d -> d.get("data_use") + " / " + d.get("legal_basis_for_processing")))
                .containsExactlyElementsOf(categories.keySet());
        for (Map<String, Object> d : declarations) {
            String key = d.get("data_use") + " / " + d.get("legal_basis_for_processing");
            assertThat(d.get("data_categories")).as(key).isEqualTo(List.copyOf(categories.get(key)));
            assertThat(d.get("data_subjects")).as(key).isEqualTo(List.copyOf(subjects.get(key)));
            assertThat(List.copyOf(d.keySet())).isSorted();
        }
        // The case suite has uses on consent, on a contract and on legitimate interests.
        assertThat(categories.keySet().stream().map(k -> k.substring(k.indexOf(" / ") + 3)).collect(Collectors.toSet()))
                .contains("Consent", "Contract", "Legitimate interests");
    }

    @Test
    void everyCategoryOfTheDataMapCsvIsDeclared() throws IOException {
        Set<String> csvCategories = Files.readAllLines(out.resolve("datamap.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toCollection(TreeSet::new));
        @SuppressWarnings("unchecked")
        Set<Object> declared = ((List<Map<String, Object>>) system.get("privacy_declarations")).stream()
                .flatMap(d -> ((List<Object>) d.get("data_categories")).stream()).collect(Collectors.toSet());

        assertThat(csvCategories).isNotEmpty();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(csvCategories);
    }

    @Test
    void aSystemKeyThatIsNoFidesKeyIsRefused() {
        assertThat(Reports.isFidesKey("shop_app-1.0")).isTrue();
        assertThatThrownBy(() -> Reports.write(cases, EnumSet.of(ReportFormat.FIDES), out, new RecordingConsole(), out,
                "my shop")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Fides key: 'my shop'");
    }

    @Test
    void theDefaultKeyIsTheReportRootsNameInFidesKeyCharacters() {
        assertThat(FidesReport.defaultKey(Path.of("/work/my shop"))).isEqualTo("my_shop");
    }
}
