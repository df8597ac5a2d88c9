package dev.consentflow.analyzer.frontend;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the {@code .java} files a request names, honoring its include and exclude globs. */
final class SourceCollector {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    SourceCollector(AnalysisRequest request) {
        this.includes = matchers(request.includes());
        this.excludes = matchers(request.excludes());
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    /**
     * Lists the files to analyze, sorted and without duplicates.
     *
     * @param paths source directories, package directories or {@code .java} files
     * @throws AnalysisException when a path does not exist or a directory cannot be listed
     */
    List<Path> collect(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : paths) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                walk(root, files);
            } else {
                throw new AnalysisException(root + ": no such file or directory (give a source directory, "
                        + "a package directory or a .java file)");
            }
        }
        return List.copyOf(files);
    }

    private void walk(Path root, TreeSet<Path> files) {
        try (Stream<Path> stream = Files.walk(root)) {
            stream.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(Files::isRegularFile)
                    .filter(p -> selected(root.relativize(p)))
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            throw new AnalysisException(root + ": cannot list the directory (" + e.getMessage() + ")");
        }
    }

    private boolean selected(Path relative) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
        return included && excludes.stream().noneMatch(m -> m.matches(relative));
    }
}
