package dev.consentflow.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consentflow baseline}, and {@code consentflow scan} with the baseline it wrote. */
class BaselineCommandTest {
    private static final String MAILER = """
            package shop;

            import dev.consentflow.annotations.*;

            class Mailer {
                @PersonalData(category = "user.contact.email") String email;
                @DataUse(purpose = "marketing.communications.email") void send(String to) {}

                void weekly() {
                    send(email);
                }
            %s}
            """;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path sources(String more) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(src.resolve("Mailer.java"), MAILER.formatted(more));
        return dir.resolve("src");
    }

    @Test
    void writesTheBaselineInTheScannedDirectoryAndTheNextScanPasses() throws IOException {
        Path src = sources("");

        assertThat(run("baseline", src.toString())).isZero();
        Path written = src.resolve("consentflow-baseline.json");
        assertThat(written).isRegularFile();
        assertThat(cli.out()).contains("shop/Mailer.java:10:9: error: [unconsented-use]", "(baselined)",
                "consentflow: 0 errors, 0 warnings in 1 file (12 lines); 1 baselined",
                "consentflow: wrote 1 finding to " + written);

        int code = run("scan", "--format", "console", src.toString());

        assertThat(code).isZero();
        // Standard error carries only the phase times: no error, no warning.
        assertThat(cli.err().lines()).allMatch(line -> line.startsWith("consentflow: analyzed in "));
    }

    @Test
    void aNewUnguardedUseFailsTheScanOnItsOwn() throws IOException {
        Path baseline = dir.resolve("accepted.json");
        assertThat(run("baseline", "--baseline", baseline.toString(), sources("").toString())).isZero();
        Path src = sources("""
                    void daily() {
                        send(email);
                    }
                """);
        cli.clear();

        int code = run("scan", "--format", "console", "--baseline", baseline.toString(), src.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.out()).contains("Mailer.java:10:9: error: [unconsented-use]",
                        "Mailer.java:13:9: error: [unconsented-use]",
                        "consentflow: 1 error, 0 warnings in 1 file (15 lines); 1 baselined")
                .containsOnlyOnce("(baselined)");
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(run("baseline", "--help")).isZero();
        assertThat(run("scan", "--help")).isZero();

        assertThat(cli.out()).contains("  baseline  ", "PATH", "--policy=FILE", "--classpath=CP",
                "--include=GLOB", "--exclude=GLOB", "--baseline=FILE", "Exit codes:");
        assertThat(cli.out().split("--baseline=FILE", -1)).as("usage and options of baseline and scan").hasSize(5);
    }

    @Test
    void aBaselineFileThatDoesNotExistIsBadUsage() throws IOException {
        Path missing = dir.resolve("nope.json");

        assertThat(run("scan", "--baseline", missing.toString(), sources("").toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: --baseline: no such file: " + missing
                + "; write one with 'consentflow baseline'");
    }

    @Test
    void aBrokenBaselineIsOneLineWithItsPosition() throws IOException {
        Path broken = Files.writeString(dir.resolve("b.json"), "[1, 2");

        assertThat(run("scan", "--baseline", broken.toString(), sources("").toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("consentflow: error: " + broken + ":1:")
                .contains("not a consentflow baseline").doesNotContain("\tat ");
    }
}
