package dev.consentflow.analyzer.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bytes of a source file: encodings, byte order marks, line endings, size (issue 8). */
class SourceBytesTest {
    private static final String JOB = """
            package shop;

            class Job {
                void run(Mailer mailer, Customer c) {
                    String grüße = "Schöne Grüße";
                    mailer.sendPromotion(c.getEmail(), grüße);
                }
            }
            """;

    private static AnalysisResult analyze(byte[] job, Charset encoding) throws IOException {
        Path root = FlowTester.withShop().write();
        Files.write(root.resolve("shop/Job.java"), job);
        return ConsentFlow.analyze(AnalysisRequest.builder().source(root).encoding(encoding).build());
    }

    private static String where(Finding f) {
        return f.location().file().getFileName() + ":" + f.location().line() + ":" + f.location().column();
    }

    @Test
    void isoLatin1FileIsAnalyzedWhenTheEncodingSaysSo() throws IOException {
        AnalysisResult result = analyze(JOB.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.findings()).extracting(SourceBytesTest::where).containsExactly("Job.java:6:16");
    }

    @Test
    void undecodableByteIsReportedAtItsLineAndColumnNotReplaced() throws IOException {
        AnalysisResult result = analyze(JOB.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Diagnostic.Kind.ENCODING);
            assertThat(d.location().file().getFileName()).hasToString("Job.java");
            // "        String gr" is 17 characters: the ü is the 18th.
            assertThat(d.location().line()).isEqualTo(5);
            assertThat(d.location().column()).isEqualTo(18);
            assertThat(d.message()).isEqualTo("byte 0xFC is not valid UTF-8; the file is not analyzed (set the"
                    + " sources' encoding: --encoding, or project.build.sourceEncoding in Maven)");
        });
        assertThat(result.findings()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.INCOMPLETE);
    }

    @Test
    void byteOrderMarkIsDroppedAndColumnsStayRight() throws IOException {
        byte[] text = JOB.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        AnalysisResult result = analyze(withBom, StandardCharsets.UTF_8);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.findings()).extracting(SourceBytesTest::where).containsExactly("Job.java:6:16");
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        Path root = FlowTester.withShop().add("shop/Job.java", JOB).write();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(file, Files.readString(file), StandardCharsets.UTF_16);
            }
        }
        AnalysisResult result = ConsentFlow.analyze(
                AnalysisRequest.builder().source(root).encoding(StandardCharsets.UTF_16).build());

        assertThat(result.findings()).extracting(SourceBytesTest::where).containsExactly("Job.java:6:16");
    }

    @Test
    void windowsLineEndingsKeepLinesAndColumns() throws IOException {
        AnalysisResult result = analyze(JOB.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        assertThat(result.findings()).extracting(SourceBytesTest::where).containsExactly("Job.java:6:16");
        assertThat(result.linesAnalyzed())
                .isEqualTo(analyze(JOB.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).linesAnalyzed());
    }

    @Test
    void oldMacLineEndingsKeepLines() throws IOException {
        AnalysisResult result = analyze(JOB.replace("\n", "\r").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        assertThat(result.findings()).extracting(SourceBytesTest::where).containsExactly("Job.java:6:16");
    }

    @Test
    void fiftyThousandLineGeneratedFileIsAnalyzedToTheEnd() throws IOException {
        StringBuilder text = new StringBuilder("package shop;\n\nclass Generated {\n");
        int methods = 50_000 / 5;
        for (int i = 0; i < methods; i++) {
            text.append("    String m").append(i).append("(String s) {\n")
                    .append("        String t = s + \"").append(i).append("\";\n")
                    .append("        return t;\n")
                    .append("    }\n\n");
        }
        text.append("    void last(Mailer mailer, Customer c) {\n")
                .append("        mailer.sendPromotion(m").append(methods - 1).append("(c.getEmail()), \"hi\");\n")
                .append("    }\n}\n");
        Path root = FlowTester.withShop().write();
        Files.writeString(root.resolve("shop/Generated.java"), text);

        AnalysisResult result = ConsentFlow.analyze(AnalysisRequest.builder().source(root).build());

        int sinkLine = 3 + methods * 5 + 2;
        assertThat(sinkLine).isGreaterThan(50_000);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.findings()).extracting(SourceBytesTest::where).containsExactly("Generated.java:" + sinkLine + ":16");
    }
}
