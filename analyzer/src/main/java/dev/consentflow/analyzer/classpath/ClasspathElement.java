package dev.consentflow.analyzer.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** One jar or class directory of a classpath: a hash of its content, and its class files. */
final class ClasspathElement {
    private final Path path;

    private ClasspathElement(Path path) {
        this.path = path;
    }

    /**
     * @param path an existing classpath entry
     * @return the element if the entry can hold classes (a directory or a {@code .jar}); like the symbol
     *     solver, anything else on a classpath (a {@code .pom}, a resource file) is not read
     */
    static Optional<ClasspathElement> of(Path path) {
        boolean holdsClasses = Files.isDirectory(path)
                || Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
        return holdsClasses ? Optional.of(new ClasspathElement(path)) : Optional.empty();
    }

    /**
     * The SHA-256 of a jar's bytes, or of a directory's class files (relative paths and contents, in path
     * order), so that equal content is recognized wherever it lies and whenever it was written.
     *
     * @return lowercase hex
     * @throws IOException when the element or one of its class files cannot be read
     */
    String contentHash() throws IOException {
        MessageDigest sha = sha256();
        if (Files.isDirectory(path)) {
            forEachClassFile((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                // The length keeps one file's end from passing for the next one's name.
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                sha.update(bytes);
            });
        } else {
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Hands each class file to {@code consumer}, in a fixed order, with its path inside the element
     * ({@code com/acme/Outer$Inner.class}). A jar's {@code META-INF/} (multi-release variants) is left
     * out: the classes themselves are read once.
     *
     * @throws IOException when the element is unreadable or not a zip file
     */
    void forEachClassFile(BiConsumer<String, byte[]> consumer) throws IOException {
        if (Files.isDirectory(path)) {
            for (Path file : classFilesUnder(path)) {
                consumer.accept(relativeName(file), Files.readAllBytes(file));
            }
            return;
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isClassFile(entry.getName()) && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        consumer.accept(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static List<Path> classFilesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> isClassFile(f.toString()) && Files.isRegularFile(f)).sorted().toList();
        }
    }

    private String relativeName(Path file) {
        return path.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
