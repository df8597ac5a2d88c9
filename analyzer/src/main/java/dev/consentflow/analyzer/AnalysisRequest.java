package dev.consentflow.analyzer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one analysis needs, translated by an entry point (CLI, Maven goal, Checkstyle check) from
 * its own world. Immutable; build one with {@link #builder()}.
 *
 * @param sources source directories, package directories or single {@code .java} files; at least one
 * @param classpath jars and class directories the sources compile against (may be empty)
 * @param ownOutput classpath entries that hold the analyzed sources' own compiled classes (a Maven module's
 *     output directory): their roles come from the sources, so they are not read as a dependency
 * @param policyFile an optional {@code consentflow.yaml}
 * @param includes {@code java.nio.file} globs (relative to each source path) of files to analyze; empty
 *     means all {@code .java} files
 * @param excludes globs of files to leave out
 * @param reportRoot the directory report URIs are relative to ({@code %SRCROOT%} in SARIF)
 * @param threads how many threads may parse and analyze at once; at least 1 (default: available processors)
 * @param encoding the charset source files are written in (the build's {@code project.build.sourceEncoding};
 *     default UTF-8)
 * @param cacheDir where analysis results are kept between runs, keyed by file content hashes; empty means
 *     no cache
 * @param contents texts that stand for files' contents on disk, by absolute path: an editor's unsaved
 *     buffer that the Checkstyle check receives from an IDE (empty for the CLI and the Maven goal)
 */
public record AnalysisRequest(List<Path> sources, List<Path> classpath, List<Path> ownOutput,
        Optional<Path> policyFile, List<String> includes, List<String> excludes, Path reportRoot, int threads,
        Charset encoding, Optional<Path> cacheDir, Map<Path, String> contents) {

    public AnalysisRequest {
        sources = normalize(sources);
        classpath = normalize(classpath);
        ownOutput = normalize(ownOutput);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(policyFile, "policyFile");
        reportRoot = reportRoot.toAbsolutePath().normalize();
        Objects.requireNonNull(encoding, "encoding");
        cacheDir = cacheDir.map(p -> p.toAbsolutePath().normalize());
        contents = Map.copyOf(contents);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source path given");
        }
    }

    private static List<Path> normalize(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** This request with more files left out (a policy file's {@code rules.exclude}). */
    public AnalysisRequest withMoreExcludes(List<String> more) {
        List<String> all = new ArrayList<>(excludes);
        all.addAll(more);
        return new AnalysisRequest(sources, classpath, ownOutput, policyFile, includes, all, reportRoot, threads,
                encoding, cacheDir, contents);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a request; {@link #build()} validates them. */
    public static final class Builder {
        private final List<Path> sources = new ArrayList<>();
        private final List<Path> classpath = new ArrayList<>();
        private final List<Path> ownOutput = new ArrayList<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path policyFile;
        private Path reportRoot;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Charset encoding = StandardCharsets.UTF_8;
        private Path cacheDir;
        private final Map<Path, String> contents = new HashMap<>();

        public Builder source(Path path) {
            sources.add(path);
            return this;
        }

        public Builder sources(List<Path> paths) {
            sources.addAll(paths);
            return this;
        }

        public Builder classpath(List<Path> paths) {
            classpath.addAll(paths);
            return this;
        }

        public Builder ownOutput(List<Path> paths) {
            ownOutput.addAll(paths);
            return this;
        }

        public Builder includes(List<String> globs) {
            includes.addAll(globs);
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        public Builder policyFile(Path file) {
            this.policyFile = file;
            return this;
        }

        /** Defaults to the one source directory (its parent for a file), else the working directory. */
        public Builder reportRoot(Path dir) {
            this.reportRoot = dir;
            return this;
        }

        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        /** Keeps results between runs in {@code dir}; {@code null} (the default) disables the cache. */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        /** Analyzes {@code text} in place of the file's contents on disk (an editor's unsaved buffer). */
        public Builder content(Path file, String text) {
            contents.put(file.toAbsolutePath().normalize(), text);
            return this;
        }

        /** @throws IllegalArgumentException when no source path was given or threads is below 1 */
        public AnalysisRequest build() {
            Path root = reportRoot;
            if (root == null) {
                root = defaultReportRoot();
            }
            return new AnalysisRequest(sources, classpath, ownOutput, Optional.ofNullable(policyFile), includes,
                    excludes, root, threads, encoding, Optional.ofNullable(cacheDir), contents);
        }

        private Path defaultReportRoot() {
            if (sources.size() == 1) {
                Path only = sources.get(0).toAbsolutePath().normalize();
                return only.toString().endsWith(".java") ? only.getParent() : only;
            }
            return Path.of("").toAbsolutePath();
        }
    }
}
