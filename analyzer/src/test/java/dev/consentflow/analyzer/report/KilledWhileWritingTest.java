package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it writes a report leaves the previous report intact: a process rewriting
 * {@code report.json} in a loop is killed ({@code SIGKILL}, no shutdown hook runs) at random moments, and
 * the file must each time be a whole report, the previous or the new one, never a part of one.
 */
class KilledWhileWritingTest {
    /** Elements of the large document: a few megabytes, so that a kill often lands inside a write. */
    private static final int ELEMENTS = 200_000;

    @TempDir
    Path dir;

    static List<String> document(String label, int elements) {
        List<String> document = new ArrayList<>(elements);
        for (int i = 0; i < elements; i++) {
            document.add(label + "-" + i);
        }
        return document;
    }

    private Path target;
    private byte[] previous;

    @BeforeEach
    void writePreviousReport() throws IOException {
        target = dir.resolve("report.json");
        ReportFiles.writeJson(target, document("old", 3));
        previous = Files.readAllBytes(target);
    }

    @Test
    void previousReportSurvivesAKilledWriter() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(8);
        for (int attempt = 0; attempt < 4; attempt++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ReportWriterProcess.class.getName(),
                    target.toString(), String.valueOf(ELEMENTS))
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("writing");
                // Kill as soon as the writer touches the directory (a temporary file appears or the report
                // changes size), then at a random later moment: the first kill lands inside a write.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!touched(target, previous.length) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                if (attempt > 0) {
                    Thread.sleep(random.nextInt(300));
                }
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            byte[] now = Files.readAllBytes(target);
            // A half-written file would not even parse; a whole one is the previous report or the new one.
            boolean previousKept = Arrays.equals(now, previous);
            assertThat(previousKept || json.readValue(now, List.class).equals(document("new", ELEMENTS)))
                    .as("attempt %d: a whole report", attempt).isTrue();
        }
    }

    private static boolean touched(Path target, long size) throws IOException {
        try (var files = Files.list(target.getParent())) {
            if (files.anyMatch(p -> !p.equals(target))) {
                return true;
            }
        }
        try {
            return Files.size(target) != size;
        } catch (NoSuchFileException e) {
            return true;
        }
    }

    @Test
    void failedWriteLeavesThePreviousReportAndNoTemporaryFile() throws IOException {

        Object unserializable = List.of("fine", new Object() {
            @SuppressWarnings("unused")
            public String getValue() {
                throw new IllegalStateException("simulated crash while serializing");
            }
        });
        try {
            ReportFiles.writeJson(target, unserializable);
        } catch (IOException expected) {
            // Jackson wraps the getter's exception.
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }
}
