package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.FlowStep;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The readable difference between the findings a fresh analyzer gives for one file and those a warm one
 * gives, for {@link IncrementalEquivalenceTest}: the findings only one of them has, each on one line with
 * every field, paths relative to the project root.
 */
final class FindingsDiff {
    private FindingsDiff() {}

    /** The difference for {@code file}, a header line and one indented line per finding; for unequal lists only. */
    static String of(Path root, Path file, List<Finding> fresh, List<Finding> warm) {
        List<String> expected = fresh.stream().map(f -> render(root, f)).toList();
        List<String> actual = warm.stream().map(f -> render(root, f)).toList();
        StringBuilder text = new StringBuilder("  " + relative(root, file) + ": " + fresh.size() + " findings fresh, "
                + warm.size() + " warm\n");
        expected.stream().filter(f -> !actual.contains(f)).forEach(f -> text.append("    fresh only: " + f + "\n"));
        actual.stream().filter(f -> !expected.contains(f)).forEach(f -> text.append("    warm only:  " + f + "\n"));
        if (expected.equals(actual)) {
            text.append("    equal as rendered, unequal as records:\n    fresh ").append(relative(root, fresh))
                    .append("\n    warm  ").append(relative(root, warm)).append('\n');
        } else if (expected.containsAll(actual) && actual.containsAll(expected)) {
            text.append("    the same findings in another order or number:\n    fresh ").append(expected)
                    .append("\n    warm  ").append(actual).append('\n');
        }
        return text.toString();
    }

    /** Every field of the finding but its file (the file the difference is about). */
    private static String render(Path root, Finding f) {
        StringBuilder text = new StringBuilder().append(f.location().line()).append(':').append(f.location().column())
                .append(' ').append(f.rule().id()).append(' ').append(f.severity()).append(' ').append(f.categories())
                .append(" for ").append(f.purpose());
        if (f.approximate()) {
            text.append(" approximate");
        }
        f.suppression().ifPresent(s -> text.append(" suppressed by ").append(s));
        if (f.baseline() != BaselineState.NONE) {
            text.append(" baseline ").append(f.baseline());
        }
        text.append(" in ").append(f.member()).append(" #").append(f.fingerprint()).append(" flow: ")
                .append(f.flow().stream().map(FindingsDiff::render).collect(Collectors.joining(" > ")))
                .append(" | ").append(f.message());
        return relative(root, text);
    }

    private static String render(FlowStep step) {
        return step.location().file().getFileName() + ":" + step.location().line() + ":" + step.location().column()
                + " " + step.kind() + " " + step.message();
    }

    private static String relative(Path root, Object text) {
        return String.valueOf(text).replace(root + "/", "");
    }
}
