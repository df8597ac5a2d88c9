package dev.consentflow.analyzer.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.annotations.PersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles inline sources against the consentflow annotations, and packs class files into jars. */
final class TestClasses {
    private TestClasses() {}

    /**
     * Compiles {@code sources} (relative path → text) into {@code dir}/classes.
     *
     * @return the class directory
     */
    static Path compile(Path dir, Map<String, String> sources) {
        try {
            Path sourceRoot = Files.createDirectories(dir.resolve("src"));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("-proc:none", "-classpath", annotationsClasspath().toString(),
                    "-d", classes.toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Packs every file under {@code classes} into {@code jar}, with paths relative to {@code classes}. */
    static Path jar(Path classes, Path jar) {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotations jar (or class directory) on the test classpath. */
    private static Path annotationsClasspath() {
        try {
            return Path.of(PersonalData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
