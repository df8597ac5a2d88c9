package dev.consentflow.analyzer.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 digests of strings, files and directory trees, as lowercase hex. */
public final class ContentHash {
    private ContentHash() {}

    /** The digest of a text's UTF-8 bytes. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of {@code bytes}. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * A file's digest; a directory's covers every file under it, by relative path and content; a path
     * that does not exist has the digest {@code "missing"}.
     *
     * @throws UncheckedIOException when a file exists but cannot be read
     */
    public static String ofPath(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return of(Files.readAllBytes(path));
            }
            if (!Files.isDirectory(path)) {
                return "missing";
            }
            MessageDigest tree = digest();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                tree.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                tree.update(digest().digest(Files.readAllBytes(file)));
            }
            return HexFormat.of().formatHex(tree.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
