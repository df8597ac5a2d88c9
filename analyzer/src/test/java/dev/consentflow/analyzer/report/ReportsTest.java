package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.AnalysisResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path base;

    @Test
    void writesByteIdenticalReportsForEqualResultsWhateverTheirOrder() throws IOException {
        AnalysisResult result = SampleResults.mixed(base);
        AnalysisResult shuffled = new AnalysisResult(reversed(result.findings()), reversed(result.diagnostics()),
                result.filesAnalyzed(), result.linesAnalyzed(), result.reportRoot(), reversed(result.flows()));

        Reports.write(result, EnumSet.allOf(ReportFormat.class), base.resolve("a"), new RecordingConsole(), base);
        Reports.write(shuffled, EnumSet.allOf(ReportFormat.class), base.resolve("b"), new RecordingConsole(), base);

        for (String name : List.of("report.json", "report.sarif", "datamap.json", "datamap.csv", "fides.yml",
                "index.html")) {
            assertThat(Files.readAllBytes(base.resolve("a").resolve(name)))
                    .isEqualTo(Files.readAllBytes(base.resolve("b").resolve(name)));
        }
    }

    @Test
    void writesOnlyTheRequestedFilesAndCreatesTheOutputDirectory() throws IOException {
        Path out = base.resolve("deep/out");

        Reports.write(SampleResults.clean(base), EnumSet.of(ReportFormat.SARIF), out, new RecordingConsole(), base);

        assertThat(fileNames(out)).containsExactly("report.sarif");
    }

    @Test
    void createsNoDirectoryForTheConsoleAlone() throws IOException {
        Path out = base.resolve("out");

        Reports.write(SampleResults.clean(base), EnumSet.of(ReportFormat.CONSOLE), out, new RecordingConsole(), base);

        assertThat(out).doesNotExist();
    }

    @Test
    void replacesAnEarlierReportAndLeavesNoTemporaryFile() throws IOException {
        Path out = base.resolve("out");
        Reports.write(SampleResults.mixed(base), EnumSet.of(ReportFormat.JSON), out, new RecordingConsole(), base);
        long before = Files.size(out.resolve("report.json"));

        Reports.write(SampleResults.clean(base), EnumSet.of(ReportFormat.JSON), out, new RecordingConsole(), base);

        assertThat(Files.size(out.resolve("report.json"))).isLessThan(before);
        assertThat(fileNames(out)).containsExactly("report.json");
    }

    @Test
    void failsWithAnIoExceptionWhenTheOutputDirectoryIsAFile() throws IOException {
        Path file = Files.writeString(base.resolve("taken"), "x");

        assertThatThrownBy(() -> Reports.write(SampleResults.clean(base), EnumSet.of(ReportFormat.JSON), file,
                new RecordingConsole(), base)).isInstanceOf(IOException.class);
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
