package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.incremental.EditKind.Edit;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.policy.file.PolicyFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The benchmark of scripts/checkstyle-bench.sh for the re-check after an edit, not a test: one warm
 * {@link ProjectAnalyzer} (the engine of the Checkstyle check) checks a file of a large project cold, then, for each
 * {@link EditKind}, makes EDITS edits of that kind in files drawn with a fixed seed, one at a time, on disk, as an
 * IDE saves them: it re-checks the edited file, then another file (the first one checked), undoes the edit and
 * re-checks the edited file again (the undo is an edit too). Every edit is undone in the end, also when the bench
 * fails or is interrupted.
 *
 * <p>Prints one Markdown table: per kind, the median wall time of the re-checks after the edits, of the checks of
 * another file after them and of the re-checks after the undos, split into parse time (the files read and parsed
 * again) and analysis time (every later phase), how many of them ran the analysis (the others were served from the
 * results kept in memory), against the median of the full analyses by fresh analyzers in the same, warm, JVM (one
 * at the end, and each verification's, so that the baseline is sampled over the same stretch of the machine's
 * load); then the heap after GC. With VERIFY, after the last edit of each kind it compares the warm analyzer's
 * findings in every file of the project with a fresh analyzer's and prints {@code verify <kind>: same findings (N)}
 * or the files that differ; any difference makes the exit code 1. Progress goes to standard error.
 *
 * <p>Arguments: {@code POLICY EDITS SEED VERIFY KINDS ROOT...}: VERIFY is {@code 1} or {@code 0}, KINDS a comma
 * list of {@link EditKind#label()}s.
 */
public final class RecheckBench {
    /** The time of one check, and whether it ran the analysis or was served from memory. */
    private record Measure(double total, double parse, double analysis, int parsed, boolean analyzed) {}

    /** One line of the table: the measures of one kind of check. */
    private record Row(String kind, String what, List<Measure> measures) {}

    private final Project project;
    private final List<Path> files;
    private final PhaseTimes phases = new PhaseTimes();
    private final ProjectAnalyzer analyzer;
    private final Map<Path, String> originals = new LinkedHashMap<>();
    /** The full analyses by fresh analyzers: the verifications' and one at the end. */
    private final List<Measure> full = new ArrayList<>();

    private RecheckBench(Project project) {
        this.project = project;
        this.files = SourceFiles.under(project.sourceRoots());
        this.analyzer = new ProjectAnalyzer(project, phases);
    }

    public static void main(String[] args) throws IOException {
        Path policy = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        boolean verify = args[3].equals("1");
        List<EditKind> kinds = Arrays.stream(args[4].split(",")).map(RecheckBench::kind).toList();
        List<Path> roots = List.of(args).subList(5, args.length).stream().map(Path::of).toList();
        PersonalMembers personal = PersonalMembers.of(PolicyFileReader.read(policy));
        RecheckBench bench = new RecheckBench(
                new Project(roots, List.of(), Optional.of(policy), StandardCharsets.UTF_8, Optional.empty()));
        Thread undo = new Thread(bench::undoAll);
        Runtime.getRuntime().addShutdownHook(undo);
        boolean same;
        try {
            same = bench.run(kinds, edits, seed, verify, personal);
        } finally {
            bench.undoAll();
            Runtime.getRuntime().removeShutdownHook(undo);
        }
        if (!same) {
            System.exit(1);
        }
    }

    /** Runs the checks and prints the table; false when a verification found different findings. */
    private boolean run(List<EditKind> kinds, int edits, long seed, boolean verify, PersonalMembers personal)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        Path first = files.get(new Random(seed).nextInt(files.size()));
        Measure cold = check(analyzer, phases, first);
        progress("cold", first.getFileName(), "check %6.0f ms", cold.total());
        rows.add(new Row("cold", "first check, cold JVM", List.of(cold)));
        boolean same = true;
        for (EditKind kind : kinds) {
            List<Edit> drawn = kind.draw(files, edits, new Random(seed + kind.ordinal()), personal);
            List<Measure> edited = new ArrayList<>();
            List<Measure> elsewhere = new ArrayList<>();
            List<Measure> undone = new ArrayList<>();
            for (Edit edit : drawn) {
                originals.putIfAbsent(edit.file(), edit.original());
                edited.add(recheck(edit.file(), edit.edited()));
                elsewhere.add(check(analyzer, phases, first.equals(edit.file()) ? files.get(0) : first));
                if (verify && edit == drawn.get(drawn.size() - 1)) {
                    same &= verify(kind);
                }
                undone.add(recheck(edit.file(), edit.original()));
                progress(kind.label(), edit.place(), "re-check %6.0f ms, another file %6.0f ms, after the undo %6.0f ms",
                        last(edited).total(), last(elsewhere).total(), last(undone).total());
            }
            rows.add(new Row(kind.label(), kind.description(), edited));
            rows.add(new Row(kind.label() + " elsewhere", "then another file checked", elsewhere));
            rows.add(new Row(kind.label() + " undo", "the edit undone", undone));
        }
        fresh(first);
        rows.add(new Row("full", "a fresh analyzer, warm JVM" + (verify ? " (each verification's, and one more)" : ""),
                full));
        print(rows, edits, seed);
        System.out.printf(Locale.ROOT, "heap after GC at the end: %d MiB%n", heapAfterGc());
        return same;
    }

    private Measure recheck(Path file, String text) throws IOException {
        Files.writeString(file, text);
        analyzer.refresh();
        return check(analyzer, phases, file);
    }

    /** Checks {@code file} as it is on disk. */
    private static Measure check(ProjectAnalyzer analyzer, PhaseTimes phases, Path file) throws IOException {
        String text = Files.readString(file);
        int analyses = analyzer.analyses();
        phases.reset();
        long start = System.nanoTime();
        analyzer.findings(file, text);
        double total = (System.nanoTime() - start) / 1e6;
        return new Measure(total, phases.parseMillis(), phases.analysisMillis(), phases.parsed(),
                analyzer.analyses() > analyses);
    }

    /** Whether the warm analyzer finds in every file what a fresh one finds; prints the result. */
    private boolean verify(EditKind kind) throws IOException {
        Map<Path, List<Finding>> warm = findingsByFile(analyzer);
        Map<Path, List<Finding>> fresh = findingsByFile(fresh(files.get(0)));
        List<Path> differing = files.stream().filter(file -> !warm.get(file).equals(fresh.get(file))).toList();
        if (differing.isEmpty()) {
            System.out.printf("verify %s: same findings (%d)%n", kind.label(),
                    fresh.values().stream().mapToInt(List::size).sum());
            return true;
        }
        System.out.printf("verify %s: different findings in %d files%n", kind.label(), differing.size());
        for (Path file : differing) {
            System.out.printf("  %s: warm %d, fresh %d findings%n", file, warm.get(file).size(),
                    fresh.get(file).size());
        }
        return false;
    }

    /** A fresh analyzer that has checked {@code file}, which took a full analysis; it is timed in {@link #full}. */
    private ProjectAnalyzer fresh(Path file) throws IOException {
        PhaseTimes times = new PhaseTimes();
        ProjectAnalyzer fresh = new ProjectAnalyzer(project, times);
        full.add(check(fresh, times, file));
        progress("full", file.getFileName(), "check %6.0f ms", last(full).total());
        return fresh;
    }

    private Map<Path, List<Finding>> findingsByFile(ProjectAnalyzer checker) throws IOException {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Path file : files) {
            byFile.put(file, checker.findings(file, Files.readString(file)));
        }
        return byFile;
    }

    /** Writes back every file edited; for the end of the run and for a shutdown hook (Ctrl-C). */
    private synchronized void undoAll() {
        for (Map.Entry<Path, String> original : originals.entrySet()) {
            try {
                Files.writeString(original.getKey(), original.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException("could not undo the edit of " + original.getKey(), e);
            }
        }
    }

    private static void print(List<Row> rows, int edits, long seed) {
        System.out.printf("re-check of one file after an edit: %d edits per kind, files drawn with seed %d%n%n",
                edits, seed);
        System.out.println("| kind | edit | checks | analyzed | files parsed | median ms | min to max ms | parse ms"
                + " | analysis ms | median/full |");
        System.out.println("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        double full = median(last(rows).measures().stream().mapToDouble(Measure::total).toArray());
        for (Row row : rows) {
            List<Measure> m = row.measures();
            double total = median(m.stream().mapToDouble(Measure::total).toArray());
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.0f | %.0f to %.0f | %.0f | %.0f | %.3f |%n",
                    row.kind(), row.what(), m.size(), m.stream().filter(Measure::analyzed).count(),
                    median(m.stream().mapToDouble(Measure::parsed).toArray()), total,
                    m.stream().mapToDouble(Measure::total).min().orElse(0),
                    m.stream().mapToDouble(Measure::total).max().orElse(0),
                    median(m.stream().mapToDouble(Measure::parse).toArray()),
                    median(m.stream().mapToDouble(Measure::analysis).toArray()), total / full);
        }
    }

    private static void progress(String kind, Object place, String times, double... millis) {
        System.err.printf(Locale.ROOT, "%-10s %-72s %s%n", kind, place, String.format(Locale.ROOT, times,
                Arrays.stream(millis).boxed().toArray()));
    }

    private static EditKind kind(String label) {
        return Arrays.stream(EditKind.values()).filter(k -> k.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind of edit " + label + "; known: "
                        + Arrays.stream(EditKind.values()).map(EditKind::label).toList()));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
