package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.incremental.EditKind.Edit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edits of the re-check benchmark, on a source with tabs and CRLF line ends (as some of Broadleaf's). */
class EditKindTest {
    private static final PersonalMembers PERSONAL = new PersonalMembers(
            Map.of("getEmailAddress", Set.of("Customer"), "getFirstName", Set.of("Customer"),
                    "getMessage", Set.of("PersonalMessage")));
    private static final Path FILE = Path.of("Mailer.java");
    private static final String MAILER = String.join("\r\n",
            "package p;",
            "class Mailer {",
            "\tvoid send(Customer customer) {",
            "\t\tString to = customer.getEmailAddress();",
            "\t\tlog(to);",
            "\t\tmail(to,",
            "\t\t     \"hi\");",
            "\t\tif (to != null) log(to);",
            "\t}",
            "\tprivate void log(String s) {}",
            "\tprivate void mail(String to, String body) {}",
            "\tprivate void unused(int x) {}",
            "\t@Deprecated",
            "\tprivate String first(Customer customer) { return customer.getFirstName(); }",
            "\tprotected static String last(Customer customer) { return customer.getFirstName(); }",
            "\tpublic String name(Customer customer) { return customer.getFirstName(); }",
            "\tvoid fail(Exception e) { log(e.getMessage()); }",
            "}",
            "");

    @TempDir
    Path temp;

    @Test
    void bodyDoublesOnlyAStatementAloneOnItsLine() {
        assertThat(EditKind.BODY.edits(FILE, MAILER, PERSONAL)).singleElement().satisfies(edit -> {
            assertThat(edit.place()).isEqualTo("Mailer.java:5 send");
            assertThat(edit.edited()).isEqualTo(MAILER.replace("\t\tlog(to);\r\n", "\t\tlog(to);\r\n\t\tlog(to);\r\n"));
        });
    }

    @Test
    void signatureAddsAParameterToCalledPrivateMethods() {
        assertThat(EditKind.SIGNATURE.edits(FILE, MAILER, PERSONAL)).extracting(Edit::edited).containsExactly(
                MAILER.replace("log(String s)", "log(int unusedBench, String s)"),
                MAILER.replace("mail(String to", "mail(int unusedBench, String to"));
    }

    @Test
    void visibilityChangesWhetherCallersOfMethodsWithPersonalDataAreTrusted() {
        assertThat(EditKind.VISIBILITY.edits(FILE, MAILER, PERSONAL)).extracting(Edit::edited).containsExactly(
                MAILER.replace("\tvoid send", "\tpublic void send"),
                MAILER.replace("private String first", "public String first"),
                MAILER.replace("protected static String last", "static String last"));
    }

    @Test
    void everyEditButABreakStillParses() {
        for (EditKind kind : EditKind.values()) {
            assertThat(kind.edits(FILE, MAILER, PERSONAL)).as(kind.label()).isNotEmpty()
                    .allSatisfy(edit -> assertThat(TokenedSource.parse(edit.edited()).isPresent())
                            .isEqualTo(kind != EditKind.BREAK));
        }
    }

    @Test
    void sourceMembersCountOnlyInFilesThatNameTheirType() {
        String otherCustomer = MAILER.replace("Customer", "Client");
        assertThat(EditKind.BODY.edits(FILE, otherCustomer, PERSONAL)).isEmpty();
        assertThat(EditKind.VISIBILITY.edits(FILE, otherCustomer, PERSONAL)).isEmpty();
        assertThat(EditKind.SIGNATURE.edits(FILE, otherCustomer, PERSONAL)).hasSize(2);
        assertThat(EditKind.SHIFT.edits(FILE, otherCustomer, PERSONAL)).extracting(Edit::edited)
                .containsExactly("\n" + otherCustomer);
    }

    @Test
    void drawTakesOneEditPerFileOfTheFilesThatAllowOne() throws Exception {
        Path mailer = Files.writeString(temp.resolve("Mailer.java"), MAILER);
        Path plain = Files.writeString(temp.resolve("Plain.java"), "class Plain { void f() { g(); } void g() {} }");
        Path other = Files.writeString(temp.resolve("Other.java"), MAILER.replace("Mailer", "Other"));

        List<Edit> drawn = EditKind.VISIBILITY.draw(List.of(mailer, plain, other), 5, new Random(42), PERSONAL);

        assertThat(drawn).extracting(Edit::file).containsExactlyInAnyOrder(mailer, other);
        assertThat(EditKind.COMMENT.draw(List.of(mailer, plain, other), 2, new Random(42), PERSONAL)).hasSize(2);
    }
}
