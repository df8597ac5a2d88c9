package dev.consentflow.analyzer.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.consentflow.analyzer.incremental.EditSequence.Edit;
import dev.consentflow.analyzer.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soundness net of the incremental re-check (issue 6): one {@link ProjectAnalyzer} kept across a long
 * sequence of edits (as the Checkstyle check keeps it in an IDE) gives, after every edit and for every file,
 * exactly the findings of a fresh one. The project is a copy of the case suite's sources
 * ({@code src/test/cases}, one source root, no policy file, as {@code CaseSuiteTest} analyzes them); the
 * edits ({@link Mutations}, {@link EditSequence}) accumulate, some stay unsaved editor buffers, some break
 * a file's syntax until a later step repairs it, some restore a file.
 *
 * <p>The default run is short; a longer hunt runs with {@code mvn -B -o -pl analyzer test
 * -Dtest=IncrementalEquivalenceTest -Dconsentflow.equivalence.steps=400 -Dconsentflow.equivalence.seed=N}
 * (add {@code -DargLine=-XX:TieredStopAtLevel=1} to spend about half the CPU). A failure names the step,
 * the edit, the files whose findings differ (findings of the fresh analyzer only, of the warm one only),
 * the edits before it, and the properties that replay it.
 */
class IncrementalEquivalenceTest {
    private static final Path CASES = Path.of("src/test/cases");
    private static final int DEFAULT_STEPS = 20;
    /** How many earlier edits a failure lists. */
    private static final int HISTORY = 25;
    /** How many files with differences a failure shows. */
    private static final int SHOWN = 5;

    @TempDir
    Path temp;

    @Test
    void aWarmAnalyzerGivesTheFindingsOfAFreshOneAfterEveryEdit() throws IOException {
        long seed = Long.getLong("consentflow.equivalence.seed", 1L);
        int steps = Integer.getInteger("consentflow.equivalence.steps", DEFAULT_STEPS);
        DriftingProject drifting = DriftingProject.copyOf(CASES, temp.resolve("cases"));
        EditSequence edits = new EditSequence(drifting, new Random(seed));
        Project project = new Project(List.of(drifting.root()), List.of(), Optional.empty(), StandardCharsets.UTF_8,
                Optional.empty());
        ProjectAnalyzer warm = new ProjectAnalyzer(project);
        List<String> history = new ArrayList<>();
        // The warm analyzer knows the unedited project before the first edit, as in an IDE.
        List<Finding> last = new ArrayList<>();
        for (Path file : drifting.files()) {
            last.addAll(warm.findings(file, drifting.read(file).orElseThrow()));
        }
        int changed = 0;

        for (int step = 1; step <= steps; step++) {
            Edit edit = edits.next(step, involved(last));
            history.add(step + ": " + describe(drifting, edit));
            warm.refresh();
            List<Finding> onDisk = new ArrayList<>();
            List<String> differences = new ArrayList<>();
            ProjectAnalyzer cold = new ProjectAnalyzer(project);
            for (Question question : questions(drifting, edit)) {
                // A buffer's analysis must not leave anything behind in the oracle for the disk's.
                ProjectAnalyzer fresh = question.buffer() ? new ProjectAnalyzer(project) : cold;
                List<Finding> expected = fresh.findings(question.file(), question.text());
                List<Finding> actual = warm.findings(question.file(), question.text());
                if (!actual.equals(expected)) {
                    differences.add(FindingsDiff.of(drifting.root(), question.file(), expected, actual));
                }
                if (!question.buffer()) {
                    onDisk.addAll(expected);
                }
            }
            if (!differences.isEmpty()) {
                fail(failure(seed, step, steps, differences, history));
            }
            changed += onDisk.equals(last) ? 0 : 1;
            last = onDisk;
        }

        System.out.printf("incremental equivalence: seed=%d steps=%d, findings changed in %d steps%n  %s%n", seed,
                steps, changed, edits.counts().strip());
        // The net only catches a stale result if the edits change results, and only in edits that were made.
        assertThat(changed).as("steps whose edit changed the findings").isGreaterThanOrEqualTo(steps / 4);
        // The first round makes every kind, in as many steps as there are kinds and the repair of one break.
        if (steps > edits.kinds().size()) {
            assertThat(edits.kinds()).as("kinds of edits made").allMatch(kind -> edits.made(kind) > 0);
        }
    }

    /** The files where the findings stand or their flows pass. */
    private static Set<Path> involved(List<Finding> findings) {
        Set<Path> files = new HashSet<>();
        for (Finding f : findings) {
            files.add(f.location().file());
            f.flow().forEach(step -> files.add(step.location().file()));
        }
        return files;
    }

    /** One question to both analyzers: the findings of {@code file} when it holds {@code text}. */
    private record Question(Path file, String text, boolean buffer) {}

    /**
     * The questions of one step, in the order an IDE asks them: the edited file first (as its unsaved buffer
     * when the edit is one), then every file of the project as it is on disk, the edited one first.
     */
    private static List<Question> questions(DriftingProject drifting, Edit edit) {
        List<Question> questions = new ArrayList<>();
        if (edit.buffer()) {
            questions.add(new Question(edit.file(), edit.text().orElseThrow(), true));
        }
        List<Path> files = new ArrayList<>(drifting.files());
        if (files.remove(edit.file())) {
            files.add(0, edit.file());
        }
        files.forEach(file -> questions.add(new Question(file, drifting.read(file).orElseThrow(), false)));
        return questions;
    }

    private static String describe(DriftingProject drifting, Edit edit) {
        return edit.kind() + ": " + drifting.name(edit.file()) + (edit.buffer() ? " (unsaved buffer)" : "");
    }

    private static String failure(long seed, int step, int steps, List<String> differences, List<String> history) {
        String shown = differences.size() > SHOWN ? ", the first " + SHOWN : "";
        return "After step " + step + " of " + steps + " (seed " + seed + "), a warm ProjectAnalyzer differs from a"
                + " fresh one in " + differences.size() + " files" + shown + ":\n"
                + String.join("", differences.subList(0, Math.min(SHOWN, differences.size())))
                + "The edits up to it (at most " + HISTORY + ", oldest first):\n  "
                + String.join("\n  ", history.subList(Math.max(0, history.size() - HISTORY), history.size()))
                + "\nReplay: -Dconsentflow.equivalence.seed=" + seed + " -Dconsentflow.equivalence.steps=" + step;
    }
}
