package dev.consentflow.analyzer.frontend;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisRequest;
import java.io.IOException;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the {@code .java} files a request names, honoring its include and exclude globs. Symbolic links are
 * followed, as {@code javac} and Maven do: a linked file or package folder is a source like any other; a link
 * loop ends that branch of the walk, and a file reached through several links is analyzed once.
 */
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
     * Lists the files to analyze, sorted and without duplicates (the same file reached through links counts
     * once, under its first path in sort order).
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
        return onePathPerFile(files);
    }

    private static List<Path> onePathPerFile(TreeSet<Path> files) {
        Set<Path> seen = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path file : files) {
            if (seen.add(realPath(file))) {
                unique.add(file);
            }
        }
        return List.copyOf(unique);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            // Unreadable now: the reader reports it under this path.
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * Folders below the given paths that could not be listed and dangling links that could be sources: their
     * files were not analyzed.
     */
    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    private void walk(Path root, TreeSet<Path> files) {
        try {
            Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // Following links, the walk gives a link's own attributes only when its target is missing.
                    if (attributes.isSymbolicLink() && couldBeSource(file) && selected(root.relativize(file))) {
                        problems.add(new Diagnostic(Diagnostic.Kind.IO_ERROR, new Location(file, 0, 0),
                                dangling(file)));
                    } else if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".java")
                            && selected(root.relativize(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        // The link leads back to a folder this walk is inside: its files are collected there.
                        return FileVisitResult.CONTINUE;
                    }
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

    /** A {@code .java} file or, having no extension, maybe a package folder. */
    private static boolean couldBeSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || !name.contains(".");
    }

    private static String dangling(Path link) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            target = "a missing file";
        }
        String what = link.getFileName().toString().endsWith(".java") ? "file" : "folder";
        return "dangling symbolic link to " + target + "; the " + what + " is not analyzed (fix or remove the link)";
    }

    private boolean selected(Path relative) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
        return included && excludes.stream().noneMatch(m -> m.matches(relative));
    }
}
