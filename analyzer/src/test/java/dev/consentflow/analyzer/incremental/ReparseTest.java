package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.LambdaExpr;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.KeptAnalysis;
import dev.consentflow.analyzer.frontend.JavaFrontend;
import dev.consentflow.analyzer.frontend.ParsedFiles;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An analysis that reuses the parsed units of unchanged files gives exactly the result of one that parses
 * everything, through a sequence of edits of the file {@code Gate.java} that {@code Campaign.java} depends on
 * (and one of {@code Campaign.java} while {@code Gate.java} does not parse, whose parse error is then kept).
 */
class ReparseTest {
    private static final String GATE = """
            package shop;

            import dev.consentflow.annotations.ConsentCheck;

            public class Gate {
                @ConsentCheck(purpose = "marketing")
                public boolean open(Customer c) { return c.isVip(); }
            }
            """;
    private static final String CAMPAIGN = """
            package shop;

            import java.util.List;

            class Campaign {
                Gate gate;
                Mailer mailer;

                void run(Customer c) {
                    if (gate.open(c)) {
                        mailer.sendPromotion(c.getEmail(), "Sale");
                    }
                }

                void all(List<Customer> customers) {
                    customers.forEach(c -> gate.announce(c, mailer));
                }
            }
            """;
    private static final String ANNOUNCE = """
                public void announce(Customer c, Mailer mailer) { mailer.sendPromotion(c.getEmail(), "New"); }
            """;

    /** One edit of the project: what it does to which file. */
    private record Edit(String what, String file, Optional<String> text) {
        static Edit of(String what, String file, String text) {
            return new Edit(what, file, Optional.of(text));
        }

        void apply(Path root) throws IOException {
            Path path = root.resolve(file);
            if (text.isPresent()) {
                Files.writeString(path, text.get());
            } else {
                Files.delete(path);
            }
        }
    }

    private static List<Edit> edits() {
        String announcing = GATE.substring(0, GATE.lastIndexOf('}')) + ANNOUNCE + "}\n";
        String unchecked = announcing.replace("    @ConsentCheck(purpose = \"marketing\")\n", "");
        return List.of(
                Edit.of("add a method in Gate that Campaign calls", "shop/Gate.java", announcing),
                Edit.of("remove @ConsentCheck in Gate", "shop/Gate.java", unchecked),
                Edit.of("rename the type Gate", "shop/Gate.java", unchecked.replace("class Gate", "class Barrier")),
                Edit.of("break Gate's syntax", "shop/Gate.java", unchecked.replace("public boolean open(", "boolean (")),
                Edit.of("edit Campaign while Gate is broken", "shop/Campaign.java", CAMPAIGN + "// edited\n"),
                Edit.of("fix Gate's syntax", "shop/Gate.java", unchecked + "// fixed\n"),
                new Edit("delete Gate", "shop/Gate.java", Optional.empty()));
    }

    private static Path project() {
        return FlowTester.withShop().add("shop/Gate.java", GATE).add("shop/Campaign.java", CAMPAIGN).write();
    }

    @Test
    void reusingUnchangedUnitsGivesTheResultOfAFullParseAfterEachEdit() throws IOException {
        Path root = project();
        ContentHashes hashes = new ContentHashes();
        KeptAnalysis kept = new KeptAnalysis(new ParsedFiles(file -> hashes.of(file, StandardCharsets.UTF_8)));
        AnalysisRequest request = AnalysisRequest.builder().source(root).build();
        ConsentFlow.analyze(request, AnalysisListener.NONE, kept);
        List<String> seen = new ArrayList<>();

        for (Edit edit : edits()) {
            edit.apply(root);
            AnalysisResult warm = ConsentFlow.analyze(request, AnalysisListener.NONE, kept);
            AnalysisResult cold = ConsentFlow.analyze(request);

            assertThat(warm.findings()).as(edit.what()).isEqualTo(cold.findings());
            // Unresolved symbols are reported for the code analyzed again only (the Checkstyle check, the one
            // user of a kept analysis, reports findings only).
            assertThat(warm.diagnostics()).as(edit.what()).filteredOn(d -> d.kind() != Diagnostic.Kind.UNRESOLVED)
                    .isEqualTo(cold.diagnostics().stream().filter(d -> d.kind() != Diagnostic.Kind.UNRESOLVED).toList());
            assertThat(warm.diagnostics()).as(edit.what()).filteredOn(d -> d.kind() == Diagnostic.Kind.UNRESOLVED)
                    .usingElementComparator(ReparseTest::sameFile).isSubsetOf(cold.diagnostics());
            assertThat(warm.flows()).as(edit.what()).isEqualTo(cold.flows());
            seen.add(edit.what() + ": " + summary(warm));
        }
        // The edits change the result, so that a stale unit or a stale answer of the solver would show.
        assertThat(seen).containsExactly(
                "add a method in Gate that Campaign calls: [Gate.java:8 unconsented-use] []",
                "remove @ConsentCheck in Gate: [Campaign.java:11 unconsented-use, Gate.java:7 unconsented-use] []",
                "rename the type Gate: [Campaign.java:11 unconsented-use, Gate.java:7 unconsented-use]"
                        + " [Campaign.java unresolved]",
                "break Gate's syntax: [Campaign.java:11 unconsented-use] [Campaign.java unresolved, Gate.java parse_error]",
                // Campaign's members stayed where they were: none is analyzed again.
                "edit Campaign while Gate is broken: [Campaign.java:11 unconsented-use] [Gate.java parse_error]",
                "fix Gate's syntax: [Campaign.java:11 unconsented-use, Gate.java:7 unconsented-use] []",
                "delete Gate: [Campaign.java:11 unconsented-use] [Campaign.java unresolved]");
    }

    @Test
    void aWarmProjectAnalyzerParsesOnlyTheEditedFileAndAgreesWithAFreshOne() throws IOException {
        Path root = project();
        Project project = new Project(List.of(root), List.of(), Optional.empty(), StandardCharsets.UTF_8,
                Optional.empty());
        AtomicInteger parsed = new AtomicInteger();
        ProjectAnalyzer warm = new ProjectAnalyzer(project, countingParses(parsed));
        Path campaign = root.resolve("shop/Campaign.java");
        warm.findings(campaign, Files.readString(campaign));
        assertThat(parsed.get()).as("the first analysis parses every file").isEqualTo(5);

        for (Edit edit : edits()) {
            parsed.set(0);
            edit.apply(root);
            warm.refresh();
            ProjectAnalyzer cold = new ProjectAnalyzer(project);

            for (Path file : SourceFiles.under(List.of(root))) {
                String text = Files.readString(file);
                assertThat(warm.findings(file, text)).as(edit.what()).isEqualTo(cold.findings(file, text));
            }
            assertThat(parsed.get()).as(edit.what()).isEqualTo(edit.text().isPresent() ? 1 : 0);
        }
    }

    @Test
    void anUnsavedBufferIsParsedAndTheSavedTextIsParsedOnlyWhenItChanged() throws IOException {
        Path root = project();
        Project project = new Project(List.of(root), List.of(), Optional.empty(), StandardCharsets.UTF_8,
                Optional.empty());
        AtomicInteger parsed = new AtomicInteger();
        ProjectAnalyzer analyzer = new ProjectAnalyzer(project, countingParses(parsed));
        Path gate = root.resolve("shop/Gate.java");
        Path campaign = root.resolve("shop/Campaign.java");
        analyzer.findings(gate, GATE);
        parsed.set(0);

        analyzer.findings(gate, GATE.replace("@ConsentCheck(purpose = \"marketing\")", ""));
        assertThat(analyzer.findings(campaign, CAMPAIGN + "// edited\n"))
                .as("Gate's unsaved buffer is not Gate's text when Campaign is edited").isEmpty();
        assertThat(parsed.get()).as("Gate's buffer, then Campaign's buffer and the saved Gate").isEqualTo(3);
    }

    @Test
    void analysesLeaveTheKeptTreesAsTheyWereParsed() {
        // Calling a lambda with an expression body hung a synthetic return into the tree each time it was
        // applied: reused trees grew with every re-check.
        Path root = FlowTester.withShop().add("shop/Later.java", """
                package shop;

                import java.util.function.Supplier;

                class Later {
                    Mailer mailer;

                    void remind(Customer c) {
                        Supplier<String> to = () -> c.getEmail();
                        mailer.sendPromotion(to.get(), "Later");
                    }
                }
                """).write();
        ContentHashes hashes = new ContentHashes();
        ParsedFiles parsedFiles = new ParsedFiles(file -> hashes.of(file, StandardCharsets.UTF_8));
        KeptAnalysis kept = new KeptAnalysis(parsedFiles);
        AnalysisRequest request = AnalysisRequest.builder().source(root).build();
        ConsentFlow.analyze(request, AnalysisListener.NONE, kept);
        List<String> parsed = trees(request, parsedFiles);

        ConsentFlow.analyze(request, AnalysisListener.NONE, kept);
        ConsentFlow.analyze(request, AnalysisListener.NONE, kept);

        assertThat(trees(request, parsedFiles)).isEqualTo(parsed).anyMatch(t -> t.startsWith("Later.java 1 lambda"));
    }

    /** The same diagnostic, but for how many unresolved symbols an unresolved-symbol diagnostic counts. */
    private static int sameFile(Diagnostic a, Diagnostic b) {
        return a.kind() == b.kind() && a.location().file().equals(b.location().file()) ? 0 : 1;
    }

    /** Per file: its name, its number of lambdas and of nodes, and its lambdas' children, as kept. */
    private static List<String> trees(AnalysisRequest request, ParsedFiles kept) {
        return JavaFrontend.parse(request, AnalysisListener.NONE, kept).files().stream().map(f -> {
            List<LambdaExpr> lambdas = f.unit().findAll(LambdaExpr.class);
            return f.path().getFileName() + " " + lambdas.size() + " lambda " + f.unit().findAll(Node.class).size()
                    + " nodes " + lambdas.stream().map(l -> l.getChildNodes().size()).toList();
        }).sorted().toList();
    }

    /** A listener adding the number of files parsed to {@code parsed}. */
    private static AnalysisListener countingParses(AtomicInteger parsed) {
        return new AnalysisListener() {
            @Override
            public void worked(Phase phase, int units) {
                parsed.addAndGet(phase == Phase.PARSE ? units : 0);
            }
        };
    }

    private static String summary(AnalysisResult result) {
        return result.findings().stream().map(ReparseTest::finding).toList() + " "
                + result.diagnostics().stream().map(ReparseTest::diagnostic).toList();
    }

    private static String finding(Finding f) {
        return f.location().file().getFileName() + ":" + f.location().line() + " " + f.rule().id();
    }

    private static String diagnostic(Diagnostic d) {
        return d.location().file().getFileName() + " " + d.kind().name().toLowerCase();
    }
}
