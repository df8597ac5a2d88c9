package dev.consentflow.analyzer.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.Node;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files parsed on several threads come back in order, with positions and without tokens, and each is
 * counted once by the listener.
 */
class ParallelParseTest {
    @TempDir
    Path dir;

    private List<SourceFile> parse(int threads) throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("C" + (100 + i) + ".java"),
                    "class C" + (100 + i) + " {\n    int f() { return " + i + "; }\n}\n");
        }
        Files.writeString(dir.resolve("Broken.java"), "class Broken { void m() { int x = 1 } }");
        AnalysisRequest request = AnalysisRequest.builder().source(dir).threads(threads).build();
        AtomicInteger planned = new AtomicInteger();
        AtomicInteger worked = new AtomicInteger();
        ParsedProgram program = JavaFrontend.parse(request, new AnalysisListener() {
            @Override
            public void planned(Phase phase, int units) {
                planned.addAndGet(units);
            }

            @Override
            public void worked(Phase phase, int units) {
                worked.addAndGet(units);
            }
        });
        assertThat(planned).hasValue(41);
        assertThat(worked).hasValue(41);
        assertThat(program.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.location().file().getFileName()).hasToString("Broken.java"));
        return program.files();
    }

    @Test
    void filesKeepTheirSortedOrderOnEveryThreadCount() throws IOException {
        List<Path> onOne = parse(1).stream().map(SourceFile::path).toList();
        List<Path> onFour = parse(4).stream().map(SourceFile::path).toList();
        assertThat(onOne).hasSize(40).isSorted().isEqualTo(onFour);
    }

    @Test
    void nodesKeepTheirRangesButNoTokens() throws IOException {
        for (SourceFile file : parse(2)) {
            List<Node> nodes = file.unit().findAll(Node.class);
            assertThat(nodes).allSatisfy(n -> {
                assertThat(n.getRange()).isPresent();
                assertThat(n.getTokenRange()).isEmpty();
            });
            assertThat(file.unit().getType(0).getMethods().get(0).getBegin()).hasValueSatisfying(p -> {
                assertThat(p.line).isEqualTo(2);
                assertThat(p.column).isEqualTo(5);
            });
        }
    }
}
