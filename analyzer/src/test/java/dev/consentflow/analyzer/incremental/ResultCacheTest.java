package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.model.Suppression;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    @TempDir
    Path dir;

    @Test
    void keepsAFindingsDeclarationFingerprintAndSuppression() throws Exception {
        Path java = dir.resolve("shop/Job.java");
        Finding suppressed = new Finding(Rule.UNCONSENTED_USE, Severity.ERROR, "m", new Location(java, 11, 9),
                List.of("user.name"), "marketing", List.of())
                .placed("shop.Job#staff(Customer)", "0123456789abcdef0123456789abcdef")
                .suppressed(new Suppression(Suppression.Kind.IN_SOURCE, "staff only", new Location(java, 9, 5)))
                .withBaseline(BaselineState.NEW);
        Finding plain = new Finding(Rule.PERSONAL_DATA_LOGGED, Severity.WARNING, "w", new Location(java, 20, 9),
                List.of("user.name"), null, List.of());
        Path cache = dir.resolve("consentflow.cache");

        ResultCache.write(cache, new ResultCache.Stored("k", List.of(dir), List.of(suppressed, plain)));

        assertThat(ResultCache.read(cache, "k")).contains(List.of(suppressed, plain));
    }
}
