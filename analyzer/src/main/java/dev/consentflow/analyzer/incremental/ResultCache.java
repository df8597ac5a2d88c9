package dev.consentflow.analyzer.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consentflow.analyzer.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The last analysis result of a project, kept in one JSON file between JVMs (an IDE restart, the next
 * Checkstyle command line run), under the {@link Snapshot#key()} of the inputs it was computed from.
 */
final class ResultCache {
    /** What the file holds: the inputs' key, the source roots (for a check that needs them before any file), findings. */
    record Stored(String key, List<Path> sourceRoots, List<Finding> findings) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultCache() {}

    /** The stored findings if they were computed from inputs with this key; empty for a missing or unreadable file. */
    static Optional<List<Finding>> read(Path file, String key) {
        return stored(file).filter(s -> s.key().equals(key)).map(Stored::findings);
    }

    /** The source roots of the last stored result. */
    static List<Path> sourceRoots(Path file) {
        return stored(file).map(Stored::sourceRoots).orElse(List.of());
    }

    private static Optional<Stored> stored(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Stored.class));
        } catch (IOException e) {
            // A cache from another version or a torn write: analyze again and overwrite it.
            return Optional.empty();
        }
    }

    /**
     * Replaces the stored result, atomically where the file system allows.
     *
     * @throws IOException when the file cannot be written
     */
    static void write(Path file, Stored stored) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            JSON.writeValue(temp.toFile(), stored);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
