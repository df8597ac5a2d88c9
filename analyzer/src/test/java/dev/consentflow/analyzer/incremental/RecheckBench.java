package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.AnalysisListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The benchmark of scripts/checkstyle-bench.sh for the re-check after an edit, not a test: one
 * {@link ProjectAnalyzer} (the engine of the Checkstyle check) checks a file of a large project cold, then,
 * for files drawn with a fixed seed, appends a comment line to the file on disk and re-checks it, as an IDE
 * does after each save. Each edit stays until the end (so each re-check sees exactly one changed file) and
 * all are undone then. Prints the wall time of each check split into parse time (the files read and parsed
 * again) and analysis time (every later phase), the medians over the edits, a full analysis by a
 * fresh analyzer in the same, now warm, JVM (what every re-check cost before parsed units were kept), and
 * the heap after GC.
 *
 * <p>Arguments: {@code POLICY EDITS SEED ROOT...}.
 */
public final class RecheckBench {
    private RecheckBench() {}

    /** The time of each phase of one analysis, and how many files it parsed. */
    private static final class Phases implements AnalysisListener {
        private final Map<Phase, Long> startedAt = new EnumMap<>(Phase.class);
        private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
        private int parsed;

        @Override
        public synchronized void started(Phase phase) {
            startedAt.put(phase, System.nanoTime());
        }

        @Override
        public synchronized void finished(Phase phase) {
            nanos.merge(phase, System.nanoTime() - startedAt.get(phase), Long::sum);
        }

        @Override
        public synchronized void worked(Phase phase, int units) {
            parsed += phase == Phase.PARSE ? units : 0;
        }

        synchronized void reset() {
            nanos.clear();
            parsed = 0;
        }

        synchronized double parseMillis() {
            return nanos.getOrDefault(Phase.PARSE, 0L) / 1e6;
        }

        /** Every phase after parsing: the slice, flows and rules. */
        synchronized double analysisMillis() {
            return nanos.entrySet().stream().filter(e -> e.getKey().compareTo(Phase.PARSE) > 0)
                    .mapToLong(Map.Entry::getValue).sum() / 1e6;
        }
    }

    public static void main(String[] args) throws IOException {
        Path policy = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        List<Path> roots = List.of(args).subList(3, args.length).stream().map(Path::of).toList();
        Project project = new Project(roots, List.of(), Optional.of(policy), StandardCharsets.UTF_8, Optional.empty());
        List<Path> files = SourceFiles.under(project.sourceRoots());
        Phases phases = new Phases();
        ProjectAnalyzer analyzer = new ProjectAnalyzer(project, phases);

        Path first = files.get(random.nextInt(files.size()));
        double cold = check(analyzer, phases, first, Files.readString(first));
        print("cold: first check (parse and analyze all " + phases.parsed + " files)", cold, phases);
        System.out.printf(Locale.ROOT, "heap after GC: %d MiB%n", heapAfterGc());

        Map<Path, String> originals = new LinkedHashMap<>();
        List<double[]> rechecks = new ArrayList<>();
        try {
            List<Path> shuffled = new ArrayList<>(files);
            Collections.shuffle(shuffled, random);
            for (Path file : shuffled.subList(0, edits)) {
                String original = Files.readString(file);
                originals.put(file, original);
                String edited = original + "\n// edited by RecheckBench\n";
                Files.writeString(file, edited);
                analyzer.refresh();
                double total = check(analyzer, phases, file, edited);
                print("edit: re-check of " + file.getFileName() + " (parsed "
                        + phases.parsed + ")", total, phases);
                rechecks.add(new double[] {total, phases.parseMillis(), phases.analysisMillis()});
            }
            System.out.printf(Locale.ROOT, "heap after GC: %d MiB%n", heapAfterGc());
            Phases fresh = new Phases();
            double full = check(new ProjectAnalyzer(project, fresh), fresh, first, Files.readString(first));
            print("full: a fresh analyzer, warm JVM (parse all " + fresh.parsed + " files)", full, fresh);
            System.out.printf(Locale.ROOT, "median re-check after a one-file edit over %d files: %.0f ms (parse %.0f ms,"
                    + " analysis %.0f ms); cold %.0f ms, full in a warm JVM %.0f ms: re-check/full = %.2f%n",
                    edits, median(rechecks, 0), median(rechecks, 1), median(rechecks, 2), cold, full,
                    median(rechecks, 0) / full);
        } finally {
            for (Map.Entry<Path, String> original : originals.entrySet()) {
                Files.writeString(original.getKey(), original.getValue());
            }
        }
    }

    private static double check(ProjectAnalyzer analyzer, Phases phases, Path file, String text) {
        phases.reset();
        long start = System.nanoTime();
        analyzer.findings(file, text);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, double millis, Phases phases) {
        System.out.printf(Locale.ROOT, "%-70s %7.0f ms  (parse %6.0f ms, analysis %6.0f ms)%n", what, millis,
                phases.parseMillis(), phases.analysisMillis());
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
