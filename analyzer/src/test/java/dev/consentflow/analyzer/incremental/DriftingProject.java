package dev.consentflow.analyzer.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A copy of a source tree that drifts away from the original edit by edit, for
 * {@link IncrementalEquivalenceTest}: it writes, deletes and adds {@code .java} files on disk and knows
 * what each file held at the start, so that any of them can be restored.
 */
final class DriftingProject {
    private final Path root;
    /** The text of each original file by its path; a path absent here is an added file. */
    private final Map<Path, String> originals = new TreeMap<>();

    private DriftingProject(Path root) {
        this.root = root;
    }

    /** Copies the {@code .java} files under {@code sources} to {@code root}, which must not exist yet. */
    static DriftingProject copyOf(Path sources, Path root) throws IOException {
        DriftingProject project = new DriftingProject(root.toAbsolutePath().normalize());
        for (Path file : SourceFiles.under(List.of(sources.toAbsolutePath().normalize()))) {
            Path copy = project.root.resolve(sources.toAbsolutePath().normalize().relativize(file).toString());
            String text = Files.readString(file);
            project.write(copy, text);
            project.originals.put(copy, text);
        }
        return project;
    }

    Path root() {
        return root;
    }

    /** The {@code .java} files on disk now, sorted. */
    List<Path> files() {
        return SourceFiles.under(List.of(root));
    }

    /** The files whose text is not their original: edited, deleted or added. */
    List<Path> drifted() {
        TreeMap<Path, Boolean> drifted = new TreeMap<>();
        originals.forEach((file, text) -> {
            if (!text.equals(read(file).orElse(null))) {
                drifted.put(file, true);
            }
        });
        files().stream().filter(file -> !originals.containsKey(file)).forEach(file -> drifted.put(file, true));
        return List.copyOf(drifted.keySet());
    }

    /** The file's text on disk; empty when it does not exist. */
    Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code file}, or deletes the file when {@code text} is empty. */
    void write(Path file, Optional<String> text) {
        try {
            if (text.isPresent()) {
                write(file, text.get());
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text {@code file} held at the start; empty for an added file. */
    Optional<String> original(Path file) {
        return Optional.ofNullable(originals.get(file));
    }

    /** The path relative to the root, with forward slashes, as failure messages show it. */
    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
