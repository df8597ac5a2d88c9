package dev.consentflow.analyzer.frontend;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisRequest;
import java.io.IOException;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.TreeSet;

/** Finds the {@code .java} files a request names, honoring its include and exclude globs. */
final class SourceCollector {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final List<Diagnostic> problems = new ArrayList<>();

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

    /** Folders below the given paths that could not be listed: their files were not analyzed. */
    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    private void walk(Path root, TreeSet<Path> files) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".java")
                            && selected(root.relativize(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // One unreadable folder must not stop the analysis of the others.
                    problems.add(new Diagnostic(Diagnostic.Kind.IO_ERROR, new Location(file, 0, 0),
                            Unreadable.describe(e, "folder")));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new AnalysisException(root + ": cannot list the directory (" + e.getMessage() + ")");
        }
    }

    private boolean selected(Path relative) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
        return included && excludes.stream().noneMatch(m -> m.matches(relative));
    }
}
