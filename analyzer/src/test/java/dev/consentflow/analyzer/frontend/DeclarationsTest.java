package dev.consentflow.analyzer.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationsTest {
    private static final Path FILE = Path.of("/p/a/Job.java");
    private static final String SOURCE = """
            package a;

            class Job {
                Runnable hook = () -> send("x");
                static { send("y"); }
                void run(java.util.List<String> all, int... counts) {
                    send("z");
                    new Runnable() {
                        public void run() { send("w"); }
                    };
                }
                static class Inner {
                    Inner() { send("v"); }
                }
            }
            """;

    private static String nameAt(String source, int line, int column) {
        Declarations declarations = new Declarations(
                List.of(new SourceFile(FILE, StaticJavaParser.parse(source), 1, true)));
        return Declarations.name(declarations.around(new Location(FILE, line, column)));
    }

    @Test
    void namesTheInnermostDeclarationWithItsPath() {
        assertThat(nameAt(SOURCE, 4, 31)).isEqualTo("a.Job#hook");
        assertThat(nameAt(SOURCE, 5, 14)).isEqualTo("a.Job#static{}");
        assertThat(nameAt(SOURCE, 7, 9)).isEqualTo("a.Job#run(java.util.List<String>,int...)");
        assertThat(nameAt(SOURCE, 9, 33)).isEqualTo("a.Job#run(java.util.List<String>,int...)#new Runnable(){}#run()");
        assertThat(nameAt(SOURCE, 13, 19)).isEqualTo("a.Job.Inner#Inner()");
        assertThat(nameAt(SOURCE, 3, 1)).isEqualTo("a.Job");
    }

    @Test
    void reformattingKeepsTheName() {
        String reformatted = SOURCE.replace("void run(java.util.List<String> all, int... counts) {",
                "void run(\n        java.util.List< String >  all,\n        int ... counts)\n    {");

        assertThat(nameAt(reformatted, 10, 9)).isEqualTo("a.Job#run(java.util.List<String>,int...)");
    }

    @Test
    void aPositionOutsideTheParsedFilesHasNoDeclaration() {
        Declarations declarations = new Declarations(List.of());

        assertThat(declarations.around(new Location(Path.of("/p/consentflow.yaml"), 3, 5))).isEmpty();
    }
}
