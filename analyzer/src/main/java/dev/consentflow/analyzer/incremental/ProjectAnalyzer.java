package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.KeptAnalysis;
import dev.consentflow.analyzer.frontend.JavaFrontend;
import dev.consentflow.analyzer.frontend.ParsedFiles;
import dev.consentflow.analyzer.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the findings of one file from the analysis of its whole project, for callers that ask file by file
 * (the Checkstyle check, re-run by IDEs on every edit). The analysis is memoized by the content hashes of
 * all the project's inputs ({@link Snapshot}): asking for any file of an unchanged project costs one
 * {@code stat} per source file; a changed file, or an editor buffer that differs from the disk, runs the
 * analysis again, which parses again only the files that changed ({@link ParsedFiles}). The last few
 * results stay in memory (an editor alternating between a buffer and the saved file does not analyze
 * twice) and the latest on disk in the project's cache file. A file whose text does not parse holds no finding:
 * asked for it, the analyzer parses that text only, and analyzes the project with it when another file is
 * asked for.
 *
 * <p>One instance per {@link Project} per JVM ({@link #of}); thread-safe.
 */
public final class ProjectAnalyzer {
    private static final Map<Project, ProjectAnalyzer> OPEN = new ConcurrentHashMap<>();
    /** Results kept in memory, least recently used dropped first. */
    private static final int KEPT_RESULTS = 4;

    private final Project project;
    private final AnalysisListener listener;
    private final ContentHashes hashes = new ContentHashes();
    private final KeptAnalysis kept;
    private final Map<String, Map<Path, List<Finding>>> results = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<Path, List<Finding>>> eldest) {
            return size() > KEPT_RESULTS;
        }
    };
    private Snapshot disk;
    private int analyses;

    /** A new analyzer that knows nothing yet (as in a new JVM); callers share the one of {@link #of}. */
    ProjectAnalyzer(Project project) {
        this(project, AnalysisListener.NONE);
    }

    /** A new analyzer whose analyses {@code listener} hears of. */
    ProjectAnalyzer(Project project, AnalysisListener listener) {
        this.project = project;
        this.listener = listener;
        this.kept = new KeptAnalysis(new ParsedFiles(file -> hashes.of(file, project.encoding())));
    }

    /** The analyzer of {@code project}, shared by every caller in this JVM. */
    public static ProjectAnalyzer of(Project project) {
        return OPEN.computeIfAbsent(project, ProjectAnalyzer::new);
    }

    /** The source roots the last result in {@code cacheFile} was computed for; empty without one. */
    public static List<Path> storedSourceRoots(Path cacheFile) {
        return ResultCache.sourceRoots(cacheFile);
    }

    /** Looks at the files on disk again at the next question (call it when a run of checks starts). */
    public synchronized void refresh() {
        disk = null;
    }

    /**
     * The findings that stand in {@code file} when it holds {@code text} and every other file of the
     * project holds what is on disk.
     *
     * @param file the file's real path: in a source root, or a single file outside them, analyzed with them
     * @param text the file's text as the caller sees it (an editor's unsaved buffer, or the file itself)
     * @return its findings by location, then rule
     * @throws AnalysisException when the project cannot be analyzed (a broken policy file)
     */
    public synchronized List<Finding> findings(Path file, String text) {
        Path real = file.toAbsolutePath().normalize();
        if (disk == null) {
            disk = Snapshot.take(project, hashes);
        }
        Snapshot now = disk.with(real, text);
        Map<Path, List<Finding>> result = results.get(now.key());
        if (result == null && !JavaFrontend.parses(text)) {
            // Exact without analysis: a file that does not parse holds no finding. The other files' findings
            // with this text wait until one of them is asked for (an IDE re-checks the file being typed).
            return List.of();
        }
        if (result == null) {
            result = byFile(project.cacheFile().flatMap(cache -> ResultCache.read(cache, now.key()))
                    .orElseGet(() -> analyze(now, real, text)));
            results.put(now.key(), result);
        }
        return result.getOrDefault(real, List.of());
    }

    /** How many times the analysis ran (not served from memory or the cache file). */
    public synchronized int analyses() {
        return analyses;
    }

    private List<Finding> analyze(Snapshot snapshot, Path file, String text) {
        analyses++;
        AnalysisRequest.Builder request = AnalysisRequest.builder()
                .classpath(project.classpath())
                .encoding(project.encoding())
                .reportRoot(project.sourceRoots().get(0));
        project.sourceRoots().stream().filter(Files::isDirectory).forEach(request::source);
        if (!project.contains(file)) {
            request.source(file);
        }
        if (snapshot != disk) {
            request.content(file, text);
        }
        project.policyFile().ifPresent(request::policyFile);
        List<Finding> findings;
        try {
            findings = ConsentFlow.analyze(request.build(), listener, kept).findings();
        } finally {
            ParsedFiles.releaseSolvers();
        }
        project.cacheFile().ifPresent(cache -> store(cache, snapshot, findings));
        return findings;
    }

    private void store(Path cache, Snapshot snapshot, List<Finding> findings) {
        try {
            ResultCache.write(cache, new ResultCache.Stored(snapshot.key(), project.sourceRoots(), findings));
        } catch (IOException e) {
            // The cache only saves time: the findings at hand are right, the next JVM analyzes again.
        }
    }

    private static Map<Path, List<Finding>> byFile(List<Finding> findings) {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
        }
        return byFile;
    }
}
