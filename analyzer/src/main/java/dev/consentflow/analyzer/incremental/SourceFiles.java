package dev.consentflow.analyzer.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The {@code .java} files of a project: what its analysis reads, and so what an edit of can change. */
public final class SourceFiles {
    private SourceFiles() {}

    /**
     * Every {@code .java} file under the roots, sorted; a root that does not exist or cannot be listed
     * holds none (the analysis itself reports it).
     */
    public static List<Path> under(List<Path> roots) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".java")).filter(Files::isRegularFile)
                        .forEach(p -> files.add(p.toAbsolutePath().normalize()));
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
        }
        return List.copyOf(files);
    }
}
