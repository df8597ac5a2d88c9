package dev.consentflow.maven;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where report paths start in a Maven build (DESIGN §2): the root of the git repository the build lies in
 * (GitHub code scanning resolves SARIF paths from there), else the top-level project directory.
 */
final class RepositoryRoot {
    private RepositoryRoot() {}

    /**
     * The nearest directory from {@code top} upward that holds {@code .git} (a directory, or the file a
     * worktree or submodule has), else {@code top}.
     *
     * @param top the top-level project directory
     */
    static Path around(Path top) {
        Path start = top.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start;
    }
}
