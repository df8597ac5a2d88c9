package dev.consentflow.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad and odd inputs under {@code src/test/inputs} (issue 8): each folder is one input, run
 * through the command line as a user would ({@code consentflow scan --format console [--policy
 * consentflow.yaml] [options from args.txt] src}), and its {@code expected.txt} holds the exact outcome:
 * {@code exit N}, then every line printed (standard output, then standard error), paths relative to the
 * folder. Lines starting with {@code #} say what the input is and why that outcome is right.
 */
class InputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/inputs");

    @TempDir
    Path output;

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static final Pattern PHASE_TIMES =
            Pattern.compile("consentflow: (analyzed in|served from the cache in) [0-9.]+ s.*");

    @ParameterizedTest
    @MethodSource("inputs")
    void outcomeIsExactlyTheExpectedOne(String name) throws IOException {
        Path folder = CORPUS.resolve(name);
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt")).stream()
                .filter(line -> !line.startsWith("#")).toList();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments(folder));

        List<String> actual = new ArrayList<>();
        actual.add("exit " + exit);
        // The line of phase times differs from run to run; MainTest checks it.
        Stream.concat(out.toString().lines(), err.toString().lines()).map(line -> relative(line, folder))
                .filter(line -> !PHASE_TIMES.matcher(line).matches())
                .forEach(actual::add);
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
    }

    private String[] arguments(Path folder) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", "--format", "console", "--output", output.toString()));
        if (Files.exists(folder.resolve("consentflow.yaml"))) {
            args.addAll(List.of("--policy", folder.resolve("consentflow.yaml").toString()));
        }
        if (Files.exists(folder.resolve("args.txt"))) {
            Files.readAllLines(folder.resolve("args.txt")).stream().filter(l -> !l.isBlank())
                    .map(l -> l.replace("${folder}", folder.toString())).forEach(args::add);
        }
        args.add(folder.resolve("src").toString());
        return args.toArray(String[]::new);
    }

    private static String relative(String line, Path folder) {
        return line.replace(folder.toAbsolutePath() + "/", "").replace(folder + "/", "");
    }
}
