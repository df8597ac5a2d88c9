package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectAnalyzerTest {
    private static final String GUARDED = """
                void weekly(Customer c) {
                    if (consent.allowsMarketing(c)) {
                        mailer.sendPromotion(c.getEmail(), "Sale");
                    }
                }
            """;

    @TempDir
    Path temp;

    @Test
    void analyzesAgainOnlyWhenSomeInputChanged() throws Exception {
        Path root = FlowTester.job(GUARDED).write();
        Path job = root.resolve("shop/Job.java");
        String saved = Files.readString(job);
        String unguarded = saved.replace("consent.allowsMarketing(c)", "c.isVip()");
        ProjectAnalyzer analyzer = ProjectAnalyzer.of(project(root, Optional.empty()));

        assertThat(analyzer.findings(job, saved)).isEmpty();
        analyzer.findings(root.resolve("shop/Customer.java"), Files.readString(root.resolve("shop/Customer.java")));
        assertThat(analyzer.analyses()).isEqualTo(1);

        assertThat(analyzer.findings(job, unguarded)).extracting(f -> f.location().line()).containsExactly(11);
        assertThat(analyzer.analyses()).isEqualTo(2);
        assertThat(analyzer.findings(job, saved)).isEmpty();
        assertThat(analyzer.analyses()).as("the saved state is still in memory").isEqualTo(2);

        Files.writeString(job, unguarded);
        analyzer.refresh();
        assertThat(analyzer.findings(job, unguarded)).hasSize(1);
        assertThat(analyzer.analyses()).as("the disk now holds the buffer's text").isEqualTo(2);
    }

    @Test
    void aFileThatDoesNotParseHasNoFindingWithoutAnAnalysisAndTheOthersHaveAFreshAnalyzersFindings()
            throws Exception {
        Path root = FlowTester.job(GUARDED).write();
        Path job = root.resolve("shop/Job.java");
        Path registry = root.resolve("shop/ConsentRegistry.java");
        String saved = Files.readString(registry);
        String broken = saved.substring(0, saved.lastIndexOf('}'));
        ProjectAnalyzer analyzer = new ProjectAnalyzer(project(root, Optional.empty()));
        assertThat(analyzer.findings(job, Files.readString(job))).isEmpty();

        assertThat(analyzer.findings(registry, broken)).as("an unsaved buffer that does not parse").isEmpty();
        Files.writeString(registry, broken);
        analyzer.refresh();
        assertThat(analyzer.findings(registry, broken)).as("the saved file").isEmpty();
        assertThat(analyzer.analyses()).isEqualTo(1);

        // Without the registry's types the guard does not resolve: the use in Job is unconsented.
        List<Finding> unguarded = analyzer.findings(job, Files.readString(job));
        assertThat(unguarded).extracting(f -> f.location().line()).containsExactly(11);
        assertThat(unguarded).isEqualTo(new ProjectAnalyzer(project(root, Optional.empty()))
                .findings(job, Files.readString(job)));
        assertThat(analyzer.analyses()).isEqualTo(2);
    }

    @Test
    void theCacheFileServesAnUnchangedProjectWithoutAnalysis() throws Exception {
        Path root = FlowTester.job(GUARDED.replace("consent.allowsMarketing(c)", "c.isVip()")).write();
        Path job = root.resolve("shop/Job.java");
        Path cache = temp.resolve("consentflow.cache");
        List<Finding> first = ProjectAnalyzer.of(project(root, Optional.of(cache))).findings(job, Files.readString(job));

        ProjectAnalyzer second = new ProjectAnalyzer(project(root, Optional.of(cache)));
        assertThat(ResultCache.read(cache, "another key")).isEmpty();
        assertThat(ProjectAnalyzer.storedSourceRoots(cache)).containsExactly(root);
        assertThat(first).hasSize(1);
        assertThat(second.findings(job, Files.readString(job))).isEqualTo(first);
        assertThat(second.analyses()).isZero();
    }

    private static Project project(Path root, Optional<Path> cache) {
        return new Project(List.of(root), List.of(), Optional.empty(), StandardCharsets.UTF_8, cache);
    }
}
