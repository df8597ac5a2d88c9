package dev.consentflow.analyzer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.baseline.BaselineFile;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.testing.Shop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache serves a result only while nothing it depends on changed. */
class ResultCacheTest {
    private static final String JOB = """
            package shop;

            class Job {
                void run(Mailer mailer, Customer c) {
                    mailer.sendPromotion(c.getEmail(), "hi");
                }
            }
            """;

    @TempDir
    Path dir;

    private Path src;
    private Path cache;
    private Path policy;

    @BeforeEach
    void sources() throws IOException {
        src = dir.resolve("src");
        for (Map.Entry<String, String> file : Shop.SOURCES.entrySet()) {
            write(file.getKey(), file.getValue());
        }
        write("shop/Job.java", JOB);
        cache = dir.resolve("cache");
        policy = Files.writeString(dir.resolve("consentflow.yaml"), "rules:\n  trustCallers: private\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = src.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Analyzes with the cache; says whether the result came from it. */
    private boolean servedFromCache(AnalysisResult[] result) {
        return servedFromCache(result, AnalysisRequest.builder().source(src).policyFile(policy).cacheDir(cache));
    }

    private boolean servedFromCache(AnalysisResult[] result, AnalysisRequest.Builder builder) {
        boolean[] served = {false};
        AnalysisRequest request = builder.build();
        result[0] = ConsentFlow.analyze(request, new AnalysisListener() {
            @Override
            public void servedFromCache() {
                served[0] = true;
            }
        });
        return served[0];
    }

    private AnalysisResult cold() {
        return ConsentFlow.analyze(AnalysisRequest.builder().source(src).policyFile(policy).build());
    }

    @Test
    void aChangedBaselineFileIsNeverServedFromTheCache() throws IOException {
        Path baseline = dir.resolve("consentflow-baseline.json");
        BaselineFile.write(cold().findings(), src, baseline);
        AnalysisRequest.Builder request = AnalysisRequest.builder().source(src).policyFile(policy).cacheDir(cache)
                .baselineFile(baseline);
        AnalysisResult[] result = new AnalysisResult[1];
        assertThat(servedFromCache(result, request)).isFalse();
        assertThat(servedFromCache(result, request)).isTrue();
        assertThat(result[0].findings()).singleElement().extracting(Finding::counts).isEqualTo(false);

        BaselineFile.write(List.of(), src, baseline);

        assertThat(servedFromCache(result, request)).isFalse();
        assertThat(result[0].findings()).singleElement().extracting(Finding::counts).isEqualTo(true);
    }

    @Test
    void anUnchangedRerunIsServedFromTheCacheWithTheSameResult() {
        AnalysisResult[] first = new AnalysisResult[1];
        AnalysisResult[] second = new AnalysisResult[1];
        assertThat(servedFromCache(first)).isFalse();
        assertThat(servedFromCache(second)).isTrue();

        assertThat(first[0].findings()).hasSize(1);
        assertThat(second[0]).isEqualTo(first[0]).isEqualTo(cold());
    }

    @Test
    void aChangedSourceFileIsAnalyzedAgain() throws IOException {
        AnalysisResult[] result = new AnalysisResult[1];
        servedFromCache(result);
        write("shop/Job.java", JOB.replace("mailer.sendPromotion", "mailer.sendReceipt"));

        assertThat(servedFromCache(result)).isFalse();
        assertThat(result[0].findings()).isEmpty();
    }

    @Test
    void anAddedSourceFileIsAnalyzedAgain() throws IOException {
        AnalysisResult[] result = new AnalysisResult[1];
        servedFromCache(result);
        write("shop/Second.java", JOB.replace("class Job", "class Second"));

        assertThat(servedFromCache(result)).isFalse();
        assertThat(result[0].findings()).hasSize(2);
    }

    @Test
    void aChangedPolicyIsAnalyzedAgain() throws IOException {
        AnalysisResult[] result = new AnalysisResult[1];
        servedFromCache(result);
        Files.writeString(policy, "rules:\n  severity: { unconsented-use: warning }\n");

        assertThat(servedFromCache(result)).isFalse();
        assertThat(result[0].findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aCorruptCacheIsDetectedAndRebuilt() throws IOException {
        AnalysisResult[] result = new AnalysisResult[1];
        servedFromCache(result);
        Path file = cache.resolve("result.json");
        // One finding's line changed by hand: still valid JSON, but not what was written.
        Files.writeString(file, Files.readString(file).replaceFirst("\"line\":5", "\"line\":4"));

        assertThat(servedFromCache(result)).isFalse();
        assertThat(result[0].findings()).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(5));
        assertThat(servedFromCache(result)).isTrue();

        Files.writeString(file, "{\"checksum\": ");
        assertThat(servedFromCache(result)).isFalse();
        assertThat(result[0]).isEqualTo(cold());
    }
}
