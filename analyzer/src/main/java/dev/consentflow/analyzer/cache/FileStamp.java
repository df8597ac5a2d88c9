package dev.consentflow.analyzer.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cheap stand-in for a file's content: its size and modification time ({@code 1234@1700000000000}), or
 * {@code missing}. For classpath jars, which are replaced rather than edited and too large to hash on every
 * check.
 */
public final class FileStamp {
    private FileStamp() {}

    /** The stamp of {@code file}: size in bytes and modification time in milliseconds, or {@code missing}. */
    public static String of(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
