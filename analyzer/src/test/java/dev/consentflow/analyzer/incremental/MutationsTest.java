package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each edit of {@link Mutations} changes what it names and nothing else, or gives nothing. */
class MutationsTest {
    private static Optional<String> edit(String kind, String text) {
        return Mutations.TEXT.get(kind).apply(text, new Random(0));
    }

    @Test
    void deletesTheLineOfAStatementAndRemovesTheAnnotationsThatMatter() {
        String text = """
                class A {
                    @Override
                    @ConsentCheck(purpose = "m")
                    boolean a() {
                        x();
                    }
                }
                """;
        assertThat(edit("delete a statement line", text)).contains(text.replace("        x();\n", ""));
        assertThat(edit("remove an annotation", text))
                .contains(text.replace("    @ConsentCheck(purpose = \"m\")\n", ""));
        assertThat(edit("remove an annotation", "class A { @Override void a() {} }")).isEmpty();
    }

    @Test
    void renamesDeletesAndTogglesTheVisibilityOfAMethod() {
        assertThat(edit("rename a method", "class A { void a() {} }")).contains("class A { void aRenamed() {} }");
        assertThat(edit("delete a method", "class A { int f; void a() {} }")).contains("class A { int f;  }");
        assertThat(edit("toggle a method's visibility", "class A { private void a() {} }"))
                .contains("class A { public void a() {} }");
        assertThat(edit("toggle a method's visibility", "class A { static <T> T a() {} }"))
                .contains("class A { public static <T> T a() {} }");
        assertThat(edit("toggle a method's visibility", "class A { <T> T a() {} }"))
                .contains("class A { public <T> T a() {} }");
        assertThat(edit("toggle a method's visibility", "class A { public final void a() {} }"))
                .contains("class A {  final void a() {} }");
        assertThat(edit("toggle a method's visibility", "interface A { void a(); }")).isEmpty();
    }

    @Test
    void addsAParameterFirstSoThatVarargsStayLast() {
        assertThat(edit("add an unused parameter", "class A { void a(String... s) {} }")).get().asString()
                .matches("class A \\{ void a\\(int unused\\d+, String\\.\\.\\. s\\) \\{} }");
        assertThat(edit("add an unused parameter", "class A { A() {} }")).get().asString()
                .matches("class A \\{ A\\(int unused\\d+\\) \\{} }");
    }

    @Test
    void insertsACallPassingTheCallersParametersOfTheSameTypeAndNeverFromAStaticMethodToAnInstanceOne() {
        String text = "class A { static void a(Customer c) {} void b(int n, Customer d, String... s) {} }";
        assertThat(edit("insert a call to a method of the class", text))
                .contains("class A { static void a(Customer c) {} void b(int n, Customer d, String... s) { a(d);} }");
        assertThat(edit("insert a call to a method of the class",
                "class A { void a(Customer c) {} static void b(int n, boolean f, Customer d) {} }")).get().asString()
                .contains("void a(Customer c) { b(0, false, c);}");
    }

    @Test
    void addsAFieldBeforeTheFirstMemberStaticInARecord() {
        assertThat(edit("add a field", "class A { void a() {} }")).get().asString()
                .matches("class A \\{ String note\\d+ = \"\"; void a\\(\\) \\{} }");
        assertThat(edit("add a field", "record R(int x) { void a() {} }")).get().asString()
                .startsWith("record R(int x) { static String note");
        assertThat(edit("add a field", "interface I { void a(); }")).isEmpty();
    }

    @Test
    void negatesTheWholeCondition() {
        assertThat(edit("negate an if condition", "class A { void a() { if (x && y) z(); } }"))
                .contains("class A { void a() { if (!(x && y)) z(); } }");
    }

    @Test
    void breaksTheSyntaxSoThatTheFileNoLongerParses() {
        String text = "class A {\n    void a() {\n        x();\n    }\n}\n";
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        for (int seed = 0; seed < 20; seed++) {
            Optional<String> broken = Mutations.TEXT.get(Mutations.BREAK_SYNTAX).apply(text, new Random(seed));
            broken.ifPresent(b -> assertThat(parser.parse(b).isSuccessful()).as(b).isFalse());
        }
    }

    @Test
    void copiesAFileWithItsTypeRenamedEverywhere() {
        assertThat(Mutations.copyAs("class A { A() {} A self() { return new A(); } }", "A", "ACopy1"))
                .contains("class ACopy1 { ACopy1() {} ACopy1 self() { return new ACopy1(); } }");
        assertThat(Mutations.copyAs("class B {}", "A", "ACopy1")).isEmpty();
    }
}
