package dev.consentflow.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consentflow.analyzer.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path sources() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/acme"));
        Files.writeString(src.resolve("Mailer.java"), "package com.acme;\nclass Mailer {}\n");
        return dir.resolve("src");
    }

    @Test
    void anUnknownOptionIsBadUsageWithOneClearLineAndAHint() throws IOException {
        assertThat(run("scan", "--bogus", sources().toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: Unknown option: '--bogus'")
                .contains("Try 'consentflow scan --help' for more information.")
                .doesNotContain("\tat ");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void theCacheIsKeptInTheOutputDirectoryUnlessNoCacheIsGiven() throws IOException {
        Path output = dir.resolve("out");
        assertThat(run("scan", "--output", output.toString(), sources().toString())).isEqualTo(0);
        assertThat(output.resolve("cache/result.json")).isRegularFile();

        Path other = dir.resolve("other");
        assertThat(run("scan", "--no-cache", "--output", other.toString(), sources().toString())).isEqualTo(0);
        assertThat(other.resolve("cache")).doesNotExist();
    }

    @Test
    void notOnATerminalOneSummaryLineWithThePhaseTimesGoesToStandardError() throws IOException {
        assertThat(run("scan", "--output", dir.resolve("out").toString(), sources().toString())).isEqualTo(0);
        assertThat(cli.err().lines()).singleElement().asString()
                .matches("consentflow: analyzed in [0-9.]+ s \\(cache [0-9.]+ s, parse [0-9.]+ s, slice [0-9.]+ s,"
                        + " flows [0-9.]+ s, rules [0-9.]+ s\\)");

        cli.clear();
        assertThat(run("scan", "--output", dir.resolve("out").toString(), sources().toString())).isEqualTo(0);
        assertThat(cli.err().lines()).singleElement().asString()
                .matches("consentflow: served from the cache in [0-9.]+ s");
    }

    @Test
    void cacheAndNoCacheTogetherAreBadUsage() throws IOException {
        assertThat(run("scan", "--no-cache", "--cache", dir.toString(), sources().toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: --cache and --no-cache exclude each other");
    }

    @Test
    void aMisspelledOptionGetsASuggestion() throws IOException {
        assertThat(run("scan", "--formt", "json", sources().toString())).isEqualTo(2);

        assertThat(cli.err()).contains("--format");
    }

    @Test
    void aMissingPathIsBadUsage() {
        assertThat(run("scan")).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: Missing required parameter: 'PATH'");
    }

    @Test
    void aPathThatDoesNotExistIsBadUsage() {
        Path missing = dir.resolve("nope");

        assertThat(run("scan", missing.toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: no such file or directory: " + missing);
    }

    @Test
    void aFileThatIsNotJavaIsBadUsage() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");

        assertThat(run("scan", text.toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: not a directory or .java file: " + text);
    }

    @Test
    void anUnknownFormatIsBadUsage() throws IOException {
        assertThat(run("scan", "--format", "json,xml", sources().toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: --format: unknown format 'xml'");
    }

    @Test
    void aMissingPolicyFileIsBadUsage() throws IOException {
        assertThat(run("scan", "--policy", dir.resolve("consentflow.yaml").toString(), sources().toString()))
                .isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: --policy: no such file: ");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(run()).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: Missing required subcommand");
    }

    @Test
    void helpDocumentsEveryOptionAndTheExitCodes() {
        assertThat(run("scan", "--help")).isZero();

        assertThat(cli.out()).contains("PATH", "--policy=FILE", "--classpath=CP", "--format=LIST",
                "--output=DIR", "--include=GLOB", "--exclude=GLOB", "--help", "--version", "Exit codes:",
                "  0   ", "  1   ", "  2   ", "  3   ");
    }

    @Test
    void topLevelHelpListsTheScanCommandAndTheExitCodes() {
        assertThat(run("--help")).isZero();

        assertThat(cli.out()).contains("scan", "Exit codes:");
    }

    @Test
    void versionNamesTheRelease() {
        assertThat(run("--version")).isZero();

        assertThat(cli.out()).isEqualTo("consentflow " + ToolVersion.current() + System.lineSeparator());
    }

    @Test
    void aScanWritesOnlyTheChosenFileFormatsAndExitsWithTheReportedCode() throws IOException {
        Path output = dir.resolve("reports");

        int code = run("scan", "--format", "json", "--output", output.toString(), sources().toString());

        assertThat(fileNames(output)).containsExactly("report.json");
        assertThat(new ObjectMapper().readTree(output.resolve("report.json").toFile())
                .get("summary").get("exitCode").asInt()).isEqualTo(code);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aScanPrintsTheConsoleReportToStandardOutput() throws IOException {
        Path output = dir.resolve("reports");

        run("scan", "--format", "console,sarif", "--output", output.toString(), sources().toString());

        assertThat(fileNames(output)).containsExactly("report.sarif");
        assertThat(cli.out()).startsWith("consentflow: ").contains("report.sarif");
    }

    @Test
    void theDefaultFormatsAddTheReviewersPageAndTheDataMap() throws IOException {
        Path output = dir.resolve("reports");

        run("scan", "--output", output.toString(), sources().toString());

        assertThat(fileNames(output)).containsExactly("datamap.csv", "datamap.json", "index.html", "report.json",
                "report.sarif");
        assertThat(cli.out().strip()).endsWith("index.html");
    }

    @Test
    void theSystemKeyNamesTheFidesSystem() throws IOException {
        Path output = dir.resolve("reports");

        run("scan", "--format", "fides", "--system-key", "acme-mail", "--output", output.toString(),
                sources().toString());

        assertThat(Files.readString(output.resolve("fides.yml"))).contains("fides_key: acme-mail");
    }

    @Test
    void aSystemKeyThatIsNoFidesKeyIsBadUsage() throws IOException {
        assertThat(run("scan", "--system-key", "acme mail", sources().toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: --system-key: not a Fides key: 'acme mail'");
    }

    /** The reports in an output directory (its cache folder aside). */
    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
