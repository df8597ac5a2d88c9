package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.ConsentFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical report files (DESIGN §2) whatever the thread count and the order in
 * which the files are named. Every file the reports write is compared, so a report added later is held
 * to the same rule without changing this test.
 */
class DeterminismTest {
    /** Part of the case suite: enough code for many findings, diagnostics and flows. */
    private static final Path CASES = Path.of("src/test/cases").toAbsolutePath().normalize();
    private static final List<String> PACKAGES = List.of("acme/domain", "acme/guards", "acme/logging", "org");

    @TempDir
    Path out;

    @Test
    void reportsAreByteIdenticalAcrossThreadCountsAndFileOrders() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> walk = Files.walk(CASES.resolve(pkg))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(8));
        assertThat(shuffled).isNotEqualTo(files);

        Path one = write("one-thread", files, 1);
        Path four = write("four-threads", files, 4);
        Path mixed = write("shuffled", shuffled, 4);

        List<String> names = names(one);
        assertThat(names).contains("report.json", "report.sarif");
        assertThat(names(four)).isEqualTo(names);
        assertThat(names(mixed)).isEqualTo(names);
        for (String name : names) {
            byte[] expected = Files.readAllBytes(one.resolve(name));
            assertThat(Files.readAllBytes(four.resolve(name))).as("%s with 4 threads", name).isEqualTo(expected);
            assertThat(Files.readAllBytes(mixed.resolve(name))).as("%s, shuffled files", name).isEqualTo(expected);
        }
        assertThat(Files.readString(one.resolve("report.json"))).contains("\"rule\"").doesNotContain(CASES.toString());
    }

    private Path write(String name, List<Path> files, int threads) throws IOException {
        var result = ConsentFlow.analyze(AnalysisRequest.builder()
                .sources(files).reportRoot(CASES).threads(threads).build());
        Path dir = out.resolve(name);
        Reports.write(result, EnumSet.allOf(ReportFormat.class), dir, new RecordingConsole(), CASES);
        return dir;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
