package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.KeptAnalysis;
import dev.consentflow.analyzer.cache.ContentHash;
import dev.consentflow.analyzer.frontend.ParsedFiles;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import dev.consentflow.analyzer.testing.Shop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The analysis brought up to date after an edit ({@code FlowEngine.update}) finds exactly what a new
 * analysis finds, for each way a change travels: a callee's summary to its callers, a changed declaration
 * to the code that names it, a field's writer to its readers, a method's callers to whether they are
 * trusted, moved lines to the trails that pass there; and it analyzes again only the code the edit can
 * change, counted here, not the whole project (a class of unrelated methods that handle customers stays as
 * it was). Each edit changes the findings, so that a stale answer would show.
 */
class IncrementalFlowTest {
    /** Methods that handle customers but have nothing to do with the edited code: never analyzed again. */
    private static final String BYSTANDER = """
            package shop;

            class Bystander {
                Mailer mailer;
                ConsentRegistry consent;

                void a(Customer c) { if (consent.allowsMarketing(c)) mailer.sendPromotion(c.getEmail(), "A"); }
                void b(Customer c) { mailer.sendReceipt(c.getEmail(), "B"); }
                void d(Customer c) { mailer.sendReceipt(c.getName(), "D"); }
                String e(Customer c) { return c.getName() + c.getEmail(); }
            }
            """;

    private static final String HELPER = """
            package shop;

            class Helper {
                String contact(Customer c) { return "nobody"; }
            }
            """;

    /** Declares and calls a method named like {@link #HELPER}'s, on another type. */
    private static final String DIRECTORY = """
            package shop;

            class Directory {
                Mailer mailer;

                String contact(Customer c) { return "desk"; }

                void find(Customer c) { mailer.sendReceipt(contact(c), c.getName()); }
            }
            """;

    private static final String CAMPAIGN = """
            package shop;

            class Campaign {
                Mailer mailer;
                Helper helper;

                void run(Customer c) {
                    mailer.sendPromotion(helper.contact(c), "Sale");
                }
            }
            """;

    @Test
    void aCalleesNewSummaryReachesItsCaller() throws IOException {
        Project project = new Project(HELPER, CAMPAIGN);
        assertThat(project.findings()).isEmpty();

        project.edit("Helper.java", HELPER.replace("return \"nobody\";", "return c.getEmail();"));

        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");
        // Helper.contact, then its caller Campaign.run.
        assertThat(project.analyzedAgain()).isEqualTo(2);
    }

    @Test
    void onlyTheEditedMethodAndTheMethodsItMovesAreAnalyzedAgainInItsFile() throws IOException {
        String several = """
                package shop;

                class Several {
                    Mailer mailer;

                    void first(Customer c) { mailer.sendReceipt(c.getEmail(), "1"); }
                    void second(Customer c) { mailer.sendReceipt(c.getName(), "2"); }
                    void third(Customer c) { mailer.sendReceipt(c.getName(), "3"); }
                }
                """;
        Project project = new Project(several);
        assertThat(project.findings()).isEmpty();

        String promoted = several.replace("sendReceipt(c.getName(), \"3\")", "sendPromotion(c.getEmail(), \"3\")");
        project.edit("Several.java", promoted);
        assertThat(project.findings()).containsExactly("Several.java:8 unconsented-use");
        // The methods above it are written as before, at the same place.
        assertThat(project.analyzedAgain()).isEqualTo(1);

        project.edit("Several.java", promoted.replace("void second(Customer c) {", "void second(Customer c) {\n"));
        assertThat(project.findings()).containsExactly("Several.java:9 unconsented-use");
        // second, and third below it, whose positions moved.
        assertThat(project.analyzedAgain()).isEqualTo(2);
    }

    @Test
    void aChangedMethodDeclarationReachesTheCallsThatLookItUpNotCallsOfTheSameNameElsewhere() throws IOException {
        String helper = """
                package shop;

                class Helper {
                    String contact(Customer c) { return c.getEmail(); }
                }
                """;
        Project project = new Project(helper, CAMPAIGN, DIRECTORY);
        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");

        project.edit("Helper.java", helper.replace("contact(Customer c)", "contact(Customer c, String why)"));

        // Campaign's call no longer resolves: no data reaches the sink through it.
        assertThat(project.findings()).isEmpty();
        // Helper.contact, and Campaign.run, whose call looked contact up in Helper; not Directory.find.
        assertThat(project.analyzedAgain()).isEqualTo(2);
    }

    @Test
    void anUnchangedSummaryStopsThere() throws IOException {
        String helper = """
                package shop;

                class Helper {
                    String contact(Customer c) {
                        return c.getEmail();
                    }
                }
                """;
        Project project = new Project(helper, CAMPAIGN);
        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");

        project.edit("Helper.java", helper.replace("contact(Customer c) {", "contact(Customer c) { int unused = 1;"));

        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");
        // Helper.contact only: it returns the same data, by the same steps.
        assertThat(project.analyzedAgain()).isEqualTo(1);
    }

    @Test
    void removingAConsentCheckAnnotationReachesCodeThatCallsTheCheck() throws IOException {
        String gate = """
                package shop;

                import dev.consentflow.annotations.ConsentCheck;

                class Gate {
                    @ConsentCheck(purpose = "marketing")
                    boolean open(Customer c) { return c.isVip(); }
                }
                """;
        String guarded = """
                package shop;

                class Guarded {
                    Mailer mailer;
                    Gate gate;

                    void run(Customer c) {
                        if (gate.open(c)) {
                            mailer.sendPromotion(c.getEmail(), "Sale");
                        }
                    }
                }
                """;
        Project project = new Project(gate, guarded);
        assertThat(project.findings()).isEmpty();

        project.edit("Gate.java", gate.replace("    @ConsentCheck(purpose = \"marketing\")\n", ""));

        assertThat(project.findings()).containsExactly("Guarded.java:9 unconsented-use");
        // Guarded.run, whose call looked up the method whose declaration changed; a check's code is never analyzed.
        assertThat(project.analyzedAgain()).isEqualTo(1);
    }

    @Test
    void aFieldsNewDataReachesItsReaders() throws IOException {
        String profile = """
                package shop;

                class Profile {
                    static String lastAddress;

                    void remember(Customer c) { lastAddress = c.getId(); }
                }
                """;
        String reminder = """
                package shop;

                class Reminder {
                    Mailer mailer;

                    void remind() { mailer.sendPromotion(Profile.lastAddress, "Back"); }
                }
                """;
        Project project = new Project(profile, reminder);
        assertThat(project.findings()).isEmpty();

        project.edit("Profile.java", profile.replace("c.getId()", "c.getEmail()"));

        assertThat(project.findings()).containsExactly("Reminder.java:6 unconsented-use");
        // Profile.remember, then Reminder.remind, which reads what it wrote.
        assertThat(project.analyzedAgain()).isEqualTo(2);

        project.edit("Profile.java", profile);

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void losingItsLastCallerMovesAHelpersFindingIntoItsOwnFile() throws IOException {
        String sender = """
                package shop;

                class Sender {
                    Mailer mailer;

                    void send(Customer c) { mailer.sendPromotion(c.getEmail(), "Hi"); }
                }
                """;
        String caller = """
                package shop;

                class Caller {
                    Sender sender;

                    void run(Customer c) {
                        sender.send(c);
                    }
                }
                """;
        Project project = new Project(sender, caller);
        // A package-private method's callers are trusted: the finding stands at the call.
        assertThat(project.findings()).containsExactly("Caller.java:7 unconsented-use");

        project.edit("Caller.java", caller.replace("sender.send(c);", "c.getEmail();"));

        assertThat(project.findings()).containsExactly("Sender.java:6 unconsented-use");
    }

    @Test
    void linesMovedAboveACalleeMoveTheStepsOfItsCallersFlows() throws IOException {
        Project project = new Project(HELPER.replace("return \"nobody\";", "return c.getEmail();"), CAMPAIGN);
        List<Finding> before = project.result().findings();

        project.edit("Helper.java", "\n\n" + HELPER.replace("return \"nobody\";", "return c.getEmail();"));

        List<Finding> after = project.result().findings();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).flow()).isNotEqualTo(before.get(0).flow());
    }

    @Test
    void dataKeptInAnObjectFieldCarriesTheMovedStepsOfItsSource() throws IOException {
        String letter = """
                package shop;

                class Letter {
                    private String to;
                    void setTo(String to) { this.to = to; }
                    String getTo() { return to; }
                }
                """;
        String drafts = """
                package shop;

                class Drafts {
                    Mailer mailer;
                    private final Letter draft = new Letter();

                    public void fill(Customer c) {
                        draft.setTo(c.getEmail());
                    }

                    public void send() {
                        mailer.sendPromotion(draft.getTo(), "Weekly");
                    }
                }
                """;
        Project project = new Project(letter, drafts);
        List<Finding> before = project.result().findings();
        String customer = Shop.SOURCES.get("shop/Customer.java");

        project.edit("Customer.java", customer.replace("public class Customer {", "public class Customer {\n"));

        List<Finding> after = project.result().findings();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).flow()).isNotEqualTo(before.get(0).flow());

        project.edit("Customer.java", customer);

        assertThat(project.result().findings()).isEqualTo(before);
    }

    @Test
    void aFileThatStopsParsingAndIsRepairedIsAnalyzedWithWhatNamesIt() throws IOException {
        String helper = HELPER.replace("return \"nobody\";", "return c.getEmail();");
        Project project = new Project(helper, CAMPAIGN);
        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");

        project.edit("Helper.java", helper.replace("return c.getEmail(); }", "return c.getEmail();"));

        // Helper's type is gone: Campaign's call resolves to nothing, and no flow is left.
        assertThat(project.findings()).isEmpty();
        assertThat(project.analyzedAgain()).isEqualTo(1);

        project.edit("Helper.java", helper);

        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");
        assertThat(project.analyzedAgain()).isEqualTo(2);
    }

    @Test
    void aNewFileAndADeletedOneAreAnalyzedWithWhatNamesTheirTypes() throws IOException {
        Project project = new Project(CAMPAIGN);
        assertThat(project.findings()).isEmpty();

        project.edit("Helper.java", HELPER.replace("return \"nobody\";", "return c.getEmail();"));

        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");
        assertThat(project.analyzedAgain()).isEqualTo(2);

        project.delete("Helper.java");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void aChangedFieldReachesTheCodeThatLooksItUpInASubclassNotAFieldOfTheSameNameElsewhere() throws IOException {
        String base = """
                package shop;

                class Base {
                    String note;
                }
                """;
        String derived = """
                package shop;

                class Derived extends Base {
                    Mailer mailer;

                    void send(Customer c) {
                        mailer.sendReceipt(c.getName(), "r");
                        mailer.sendPromotion(note, "x");
                    }
                }
                """;
        String other = """
                package shop;

                class Other {
                    Mailer mailer;
                    String note;

                    void read(Customer c) { mailer.sendReceipt(c.getName(), note); }
                }
                """;
        Project project = new Project(base, derived, other);
        assertThat(project.findings()).isEmpty();

        project.edit("Base.java", base.replace("    String note;", "    @dev.consentflow.annotations.PersonalData(category"
                + " = \"user.contact.email\") String note;"));

        // The unqualified note in Derived is Base's field, looked up from Derived, a subclass of Base.
        assertThat(project.findings()).containsExactly("Derived.java:8 unconsented-use");
        // Derived.send; not Other.read, whose note is Other's own.
        assertThat(project.analyzedAgain()).isEqualTo(1);
    }

    @Test
    void aDeletedSubtypeReachesTheLookupsFromItNotThoseFromItsSiblings() throws IOException {
        String base = """
                package shop;

                class Base {
                    String note(Customer c) { return c.getEmail(); }
                }
                """;
        String users = """
                package shop;

                class Users {
                    Mailer mailer;

                    void left(Customer c, Left l) { mailer.sendPromotion(l.note(c), "l"); }
                    void right(Customer c, Right r) { mailer.sendPromotion(r.note(c), "r"); }
                }
                """;
        Project project = new Project(base, "package shop;\n\nclass Left extends Base { }\n",
                "package shop;\n\nclass Right extends Base { }\n", users);
        assertThat(project.findings()).containsExactly("Users.java:6 unconsented-use", "Users.java:7 unconsented-use");

        project.delete("Left.java");

        // l.note(c) resolves to nothing now; Right still inherits note from Base.
        assertThat(project.findings()).containsExactly("Users.java:7 unconsented-use");
        // Users.left only: the lookup in Right, a sibling of Left, is the same as before.
        assertThat(project.analyzedAgain()).isEqualTo(1);
    }

    @Test
    void aDeletedTypesMethodsReachTheCallsThatLookedThemUpNotCallsOfTheSameNameElsewhere() throws IOException {
        Project project = new Project(HELPER.replace("return \"nobody\";", "return c.getEmail();"), CAMPAIGN,
                DIRECTORY);
        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");

        project.delete("Helper.java");

        assertThat(project.findings()).isEmpty();
        // Campaign.run, whose call looked contact up in Helper; not Directory's contact and find.
        assertThat(project.analyzedAgain()).isEqualTo(1);
    }

    /**
     * Data copied along a chain of static fields, each copy read before the next is written (found by a second
     * engineer's trial: a new analysis used to stop after 3 rounds over the program and miss the sink, while
     * the kept one followed the readers to the end). Both follow the readers of changed fields to a fixpoint.
     */
    @Test
    void aChainOfFieldsIsFollowedToItsEndByBothAnalyses() throws IOException {
        String fields = """
                package shop;

                class Fields {
                    static String v0, v1, v2, v3, v4, v5;
                }
                """;
        String links = """
                package shop;

                class Links {
                    void m5() { Fields.v5 = Fields.v4; }
                    void m4() { Fields.v4 = Fields.v3; }
                    void m3() { Fields.v3 = Fields.v2; }
                    void m2() { Fields.v2 = Fields.v1; }
                    void m1() { Fields.v1 = Fields.v0; }
                }
                """;
        String writer = """
                package shop;

                class Writer {
                    void remember(Customer c) { Fields.v0 = c.getEmail(); }
                }
                """;
        String sink = """
                package shop;

                class Sink {
                    Mailer mailer;

                    void run() { mailer.sendPromotion(Fields.v5, "x"); }
                }
                """;
        Project project = new Project(fields, links, writer, sink);
        assertThat(project.findings()).containsExactly("Sink.java:6 unconsented-use");

        project.edit("Writer.java", writer.replace("c.getEmail()", "c.getId()"));

        assertThat(project.findings()).isEmpty();

        project.edit("Writer.java", writer.replace("{ Fields.v0", "{ int unused = 1; Fields.v0"));

        assertThat(project.findings()).containsExactly("Sink.java:6 unconsented-use");
    }

    @Test
    void aNewMethodThatCodeAlreadyCallsIsAnalyzedWithItsCallers() throws IOException {
        String campaign = CAMPAIGN.replace("helper.contact(c)", "helper.address(c)");
        Project project = new Project(HELPER, campaign);
        assertThat(project.findings()).isEmpty();

        project.edit("Helper.java", HELPER.replace("class Helper {",
                "class Helper {\n    String address(Customer c) { return c.getEmail(); }"));

        assertThat(project.findings()).containsExactly("Campaign.java:8 unconsented-use");
    }

    /**
     * A project of the shop fixture, {@link #BYSTANDER} and the given classes, analyzed with a kept analysis;
     * every result is compared with a new analysis of the same files.
     */
    private static final class Project {
        private final Path root;
        private final AnalysisRequest request;
        private final KeptAnalysis kept = new KeptAnalysis(new ParsedFiles(Project::version));
        private final AtomicInteger analyzed = new AtomicInteger();
        private boolean warm;

        Project(String... classes) {
            FlowTester tester = FlowTester.withShop().add("shop/Bystander.java", BYSTANDER);
            // The project is the shop's folder: a file added there later is part of it.
            for (String source : classes) {
                String name = source.substring(source.indexOf("class ") + 6).split("\\W")[0];
                tester.add("shop/" + name + ".java", source);
            }
            root = tester.write();
            request = AnalysisRequest.builder().source(root).build();
        }

        private static java.util.Optional<String> version(Path file) {
            try {
                return java.util.Optional.of(ContentHash.of(Files.readString(file)));
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }

        void edit(String file, String text) throws IOException {
            Files.writeString(root.resolve("shop").resolve(file), text);
        }

        void delete(String file) throws IOException {
            Files.delete(root.resolve("shop").resolve(file));
        }

        /** The result of the kept analysis, checked against a new one. */
        AnalysisResult result() {
            analyzed.set(0);
            AnalysisListener counting = new AnalysisListener() {
                @Override
                public void worked(Phase phase, int units) {
                    analyzed.addAndGet(phase == Phase.FLOW && warm ? units : 0);
                }
            };
            AnalysisResult result = ConsentFlow.analyze(request, counting, kept);
            warm = true;
            AnalysisResult fresh = ConsentFlow.analyze(request);
            assertThat(result.findings()).isEqualTo(fresh.findings());
            assertThat(result.flows()).isEqualTo(fresh.flows());
            return result;
        }

        List<String> findings() {
            return result().findings().stream()
                    .map(f -> f.location().file().getFileName() + ":" + f.location().line() + " " + f.rule().id())
                    .toList();
        }

        /** How many methods the last analysis analyzed again (after the first one). */
        int analyzedAgain() {
            return analyzed.get();
        }
    }
}
