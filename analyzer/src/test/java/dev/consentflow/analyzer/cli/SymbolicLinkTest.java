package dev.consentflow.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links among the sources, through the command line: a linked file or package folder is analyzed
 * like any other, a dangling link is reported as unreadable, and a link loop ends the walk instead of hanging.
 */
class SymbolicLinkTest {
    private static final String CUSTOMER = """
            package shop;

            import dev.consentflow.annotations.PersonalData;

            public class Customer {
                @PersonalData(category = "user.contact.email")
                private String email;

                public String getEmail() {
                    return email;
                }
            }
            """;
    private static final String MAILER = """
            package shop.mail;

            import dev.consentflow.annotations.DataUse;

            public interface Mailer {
                @DataUse(purpose = "marketing.communications.email")
                void send(String to, String body);
            }
            """;
    private static final String JOB = """
            package shop;

            import shop.mail.Mailer;

            class Job {
                Mailer mailer;

                void run(Customer c) {
                    mailer.send(c.getEmail(), "hi");
                }
            }
            """;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** {@code src/shop} holds Customer and links to Job.java and to the {@code mail} package kept elsewhere. */
    private Path linkedSources() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/mail"));
        Files.writeString(elsewhere.resolve("Mailer.java"), MAILER);
        Path job = Files.writeString(dir.resolve("elsewhere/Job.java"), JOB);
        Path shop = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(shop.resolve("Customer.java"), CUSTOMER);
        Files.createSymbolicLink(shop.resolve("Job.java"), job);
        Files.createSymbolicLink(shop.resolve("mail"), elsewhere);
        return dir.resolve("src");
    }

    @Test
    void linkedFileAndLinkedPackageFolderAreAnalyzed() throws IOException {
        Path src = linkedSources();

        assertThat(cli.run("scan", "--format", "console", "--output", dir.resolve("out").toString(),
                src.toString())).isEqualTo(1);

        assertThat(cli.out()).contains(src.resolve("shop/Job.java") + ":9:16: error: [unconsented-use]")
                .contains("in 3 files (");
    }

    @Test
    void danglingLinkIsReportedAsUnreadable() throws IOException {
        Path src = linkedSources();
        Path dangling = Files.createSymbolicLink(src.resolve("shop/Gone.java"), dir.resolve("no-such-file.java"));

        assertThat(cli.run("scan", "--format", "console", "--output", dir.resolve("out").toString(),
                src.toString())).isEqualTo(1);

        assertThat(cli.out()).contains(dangling + ": cannot read: dangling symbolic link to "
                + dir.resolve("no-such-file.java") + "; the file is not analyzed (fix or remove the link)\n")
                .contains("in 3 files (").contains("; 1 file skipped");
    }

    @Test
    void danglingLinkAloneExitsWithThree() throws IOException {
        Path shop = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(shop.resolve("Ok.java"), "package shop;\n\nclass Ok {\n}\n");
        Files.createSymbolicLink(shop.resolve("Gone.java"), dir.resolve("no-such-file.java"));

        assertThat(cli.run("scan", "--format", "console", "--output", dir.resolve("out").toString(),
                dir.resolve("src").toString())).isEqualTo(3);
    }

    @Test
    @Timeout(60)
    void linkLoopEndsTheWalkAndEachFileIsAnalyzedOnce() throws IOException {
        Path src = linkedSources();
        Files.createSymbolicLink(src.resolve("shop/mail/back-to-src"), src);

        assertThat(cli.run("scan", "--format", "console", "--output", dir.resolve("out").toString(),
                src.toString())).isEqualTo(1);

        assertThat(cli.out()).contains("[unconsented-use]").contains("in 3 files (")
                .doesNotContain("skipped").doesNotContain("same class");
    }
}
