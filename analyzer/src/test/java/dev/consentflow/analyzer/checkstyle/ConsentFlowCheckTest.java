package dev.consentflow.analyzer.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.testing.FlowTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentFlowCheckTest {
    private static final String WEEKLY = """
                void weekly(Customer c) {
                    if (consent.allowsMarketing(c)) {
                        mailer.sendPromotion(c.getEmail(), "Sale");
                    }
                }
            """;
    private static final String UNGUARDED = "Job.java:11:20: [unconsented-use] personal data (user.contact.email) of c"
            + " reaches Mailer.sendPromotion (marketing.communications.email) with no consent check for c;"
            + " source: reads email (user.contact.email), Customer.java:25";
    private static final String CHECK = "    @ConsentCheck(purpose = \"marketing\")\n    boolean allowsMarketing(";
    private static final String UNANNOTATED = "    boolean allowsMarketing(";

    @TempDir
    Path temp;

    @Test
    void reportsEachFindingOfTheCheckedFileAtItsLineAndColumnWithRuleAndSource() throws Exception {
        Path root = FlowTester.job("""
                void weekly(Customer c) {
                    mailer.sendPromotion(c.getName(), "Hi");
                    mailer.sendReceipt(c.getEmail(), "Receipt");
                }
            """).write();

        List<String> violations = new CheckstyleRun().property("sourceRoots", root.toString()).run(javaFiles(root));

        assertThat(violations).containsExactly("Job.java:10:16: [unconsented-use] personal data (user.name) of c"
                + " reaches Mailer.sendPromotion (marketing.communications.email) with no consent check for c;"
                + " source: reads name (user.name), Customer.java:26");
    }

    @Test
    void removingAConsentCheckInOneFileReportsTheUseInAnotherThatWasNotEdited() throws Exception {
        Path root = FlowTester.job(WEEKLY).write();
        CheckstyleRun check = new CheckstyleRun().property("sourceRoots", root.toString());
        assertThat(check.run(javaFiles(root))).isEmpty();

        Path registry = root.resolve("shop/ConsentRegistry.java");
        edit(registry, CHECK, UNANNOTATED);
        assertThat(check.run(javaFiles(root))).containsExactly(UNGUARDED);

        edit(registry, UNANNOTATED, CHECK);
        assertThat(check.run(javaFiles(root))).isEmpty();
    }

    @Test
    void anEditElsewhereInvalidatesCheckstylesOwnCache() throws Exception {
        Path root = FlowTester.job(WEEKLY).write();
        CheckstyleRun check = new CheckstyleRun().property("sourceRoots", root.toString())
                .checkstyleCache(temp.resolve("checkstyle.cache"));
        assertThat(check.run(javaFiles(root))).isEmpty();

        Path registry = root.resolve("shop/ConsentRegistry.java");
        edit(registry, CHECK, UNANNOTATED);
        assertThat(check.run(javaFiles(root))).containsExactly(UNGUARDED);
        // Job.java had a violation, so Checkstyle did not cache it: it is checked again and still reported.
        assertThat(check.run(javaFiles(root))).containsExactly(UNGUARDED);

        edit(registry, UNANNOTATED, CHECK);
        assertThat(check.run(javaFiles(root))).isEmpty();
    }

    @Test
    void declaresEverySourceFileOfTheProjectAsAnExternalResource() throws Exception {
        Path root = FlowTester.job(WEEKLY).write();
        ConsentFlowCheck check = new ConsentFlowCheck();
        check.setSourceRoots(root.toString());

        assertThat(check.getExternalResourceLocations()).containsExactlyInAnyOrderElementsOf(
                javaFiles(root).stream().map(Path::toString).toList());
    }

    @Test
    void anEditorsTemporaryCopyIsCheckedAsTheRealFileWithItsUnsavedText() throws Exception {
        Path root = FlowTester.job(WEEKLY).write();
        String saved = Files.readString(root.resolve("shop/Job.java"));
        Path copy = Files.writeString(Files.createDirectories(temp.resolve("ide-copy")).resolve("Job.java"),
                saved.replace("if (consent.allowsMarketing(c))", "if (c.isVip())      "));
        CheckstyleRun check = new CheckstyleRun().property("sourceRoots", root.toString());

        assertThat(check.run(List.of(copy))).containsExactly(UNGUARDED);
        assertThat(check.run(List.of(root.resolve("shop/Job.java")))).isEmpty();
    }

    @Test
    void columnsCountTabsAsCheckstyleDoes() throws Exception {
        Path root = FlowTester.job(WEEKLY).write();
        Path job = root.resolve("shop/Job.java");
        Files.writeString(job, Files.readString(job)
                .replace("            mailer.sendPromotion", "\t\t\tmailer.sendPromotion")
                .replace("if (consent.allowsMarketing(c))", "if (c.isVip())"));

        List<String> violations = new CheckstyleRun().property("sourceRoots", root.toString()).run(List.of(job));

        // Three tabs to the default tab width of 8, then "mailer.": the 32nd column (JavaParser says 11).
        assertThat(violations).singleElement().asString().startsWith("Job.java:11:32: [unconsented-use] ");
    }

    @Test
    void defaultSourceRootsComeFromThePackageDeclaration() throws Exception {
        Path project = FlowTester.job(WEEKLY.replace("if (consent.allowsMarketing(c))", "if (c.isVip())")).write();
        Path job = project.resolve("shop/Job.java");

        List<String> violations = new CheckstyleRun().run(List.of(job));

        assertThat(violations).singleElement().asString().startsWith("Job.java:11:20: [unconsented-use] ");
    }

    @Test
    void aBrokenPolicyFileIsOneViolationNamingItsLine() throws Exception {
        Path root = FlowTester.job(WEEKLY).write();
        Path policy = Files.writeString(temp.resolve("consentflow.yaml"), "rules:\n  trustCallers: sometimes\n");

        List<String> violations = new CheckstyleRun().property("sourceRoots", root.toString())
                .property("policyFile", policy.toString()).run(List.of(root.resolve("shop/Job.java")));

        assertThat(violations).singleElement().asString()
                .startsWith("Job.java:1:0: consentflow: " + policy + ":2:");
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static List<Path> javaFiles(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
