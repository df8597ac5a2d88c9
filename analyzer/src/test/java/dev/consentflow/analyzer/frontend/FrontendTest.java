package dev.consentflow.analyzer.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.ConsentFlow;
import java.nio.file.Path;
import java.util.List;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import dev.consentflow.analyzer.testing.Shop;
import org.junit.jupiter.api.Test;

/** Parsing, source roots and symbol resolution as the user sees them. */
class FrontendTest {
    private static final String JOB = """
            package shop;

            class Job {
                void run(Mailer mailer, Customer c) {
                    mailer.sendPromotion(c.getEmail(), "hi");
                }
            }
            """;

    private static String where(Finding f) {
        return f.location().file().getFileName() + ":" + f.location().line() + ":" + f.location().column();
    }

    @Test
    void fileThatDoesNotParseIsSkippedAndTheRestAnalyzed() {
        AnalysisResult result = FlowTester.withShop()
                .add("shop/Job.java", JOB)
                .add("shop/Broken.java", """
                        package shop;

                        class Broken {
                            void m() {
                                int x = 1
                            }
                        }
                        """)
                .analyze();
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.kind()).isEqualTo(Diagnostic.Kind.PARSE_ERROR);
        assertThat(d.location().file().getFileName()).hasToString("Broken.java");
        assertThat(d.location().line()).isEqualTo(6);
        assertThat(d.message()).isEqualTo("unexpected \"}\"; the file is not analyzed (fix the syntax, or leave the file out with an exclude glob)").doesNotContain("expected one of");
        assertThat(result.findings()).extracting(FrontendTest::where).containsExactly("Job.java:5:16");
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.VIOLATIONS);
    }

    @Test
    void cleanButIncompleteRunExitsWith3() {
        AnalysisResult result = FlowTester.withShop()
                .add("shop/Broken.java", "package shop; class Broken { void m() { int x = 1 } }")
                .analyze();
        assertThat(result.findings()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.INCOMPLETE);
    }

    @Test
    void lexicalErrorTakesItsPositionFromTheMessage() {
        AnalysisResult result = FlowTester.create()
                .add("a/Lex.java", "package a;\nclass Lex {\n  char c = 'ab';\n}\n")
                .analyze();
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isPositive();
        assertThat(d.message()).startsWith("Lexical error: Encountered").doesNotContain("line 3");
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.BAD_INPUT);
    }

    @Test
    void folderThatDoesNotMatchThePackageStillResolves() {
        FlowTester tester = FlowTester.create();
        Shop.SOURCES.forEach((path, text) -> tester.add("misplaced/" + path.substring("shop/".length()), text));
        AnalysisResult result = tester.add("elsewhere/Job.java", JOB).analyze();
        assertThat(result.findings()).extracting(FrontendTest::where).containsExactly("Job.java:5:16");
    }

    @Test
    void singleFileResolvesAgainstItsSourceRoot() {
        AnalysisResult result = FlowTester.withShop()
                .add("shop/Job.java", JOB)
                .add("shop/Other.java", JOB.replace("Job", "Other"))
                .analyze("shop/Job.java");
        assertThat(result.findings()).extracting(FrontendTest::where).containsExactly("Job.java:5:16");
        assertThat(result.filesAnalyzed()).isEqualTo(1);
    }

    @Test
    void packageFolderResolvesAgainstItsSourceRoot() {
        AnalysisResult result = FlowTester.withShop()
                .add("shop/mail/Job.java", JOB.replace("package shop;", "package shop.mail;\nimport shop.*;"))
                .analyze("shop/mail");
        assertThat(result.findings()).extracting(FrontendTest::where).containsExactly("Job.java:6:16");
    }

    @Test
    void oneUnresolvableArgumentDoesNotHideTheSink() {
        AnalysisResult result = FlowTester.withShop().add("shop/Job.java", """
                package shop;

                import com.acme.crm.Lead;

                class Job {
                    void run(Mailer mailer, Customer c, Lead lead) {
                        mailer.sendPromotion(c.getEmail(), lead.subject());
                    }
                }
                """).analyze();
        assertThat(result.findings()).extracting(FrontendTest::where).containsExactly("Job.java:7:16");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Diagnostic.Kind.UNRESOLVED);
            assertThat(d.message()).containsPattern("^\\d+ symbols could not be resolved");
        });
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.VIOLATIONS);
    }

    @Test
    void unterminatedCommentStillGivesAPosition() {
        AnalysisResult result = FlowTester.create().add("a/C.java", "package a;\nclass C { /* never closed\n").analyze();
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.location().line()).isPositive();
        assertThat(d.location().column()).isPositive();
    }

    @Test
    void missingClasspathJarMakesTheResultIncomplete() {
        Path root = FlowTester.withShop().write();
        AnalysisResult result = ConsentFlow.analyze(AnalysisRequest.builder()
                .source(root).classpath(List.of(root.resolve("missing.jar"))).build());
        assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsExactly(Diagnostic.Kind.CLASSPATH);
        assertThat(result.diagnostics().get(0).message()).contains("does not exist");
        assertThat(result.exitCode()).isEqualTo(AnalysisResult.INCOMPLETE);
    }

    @Test
    void missingPathIsBadUsage() {
        FlowTester tester = FlowTester.create();
        assertThatThrownBy(() -> tester.analyze("no/such/dir"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("no such file or directory");
    }
}
