package dev.consentflow.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files, folders and output directories the run may not read or write, and the source encoding, through
 * the command line. Permission tests need a user whom permissions bind: root reads and writes whatever
 * the mode bits say, so under root they are skipped (with that reason), and the output directory is also
 * made unwritable in a way that binds root too (a regular file where a folder must be created).
 */
class UnreadableInputTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path locked;

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path sources() throws IOException {
        Path shop = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(shop.resolve("Ok.java"), "package shop;\n\nclass Ok {\n}\n");
        return dir.resolve("src");
    }

    private void lock(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        locked = path;
        assumeFalse(Files.isReadable(path) && Files.isWritable(path),
                "running as root: permission bits do not stop this user from reading or writing " + path);
    }

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "folder"})
    void unreadableFileOrFolderIsReportedAndTheRestAnalyzed(String what) throws IOException {
        Path src = sources();
        Path folder = Files.createDirectories(src.resolve("shop/hidden"));
        Path inside = Files.writeString(folder.resolve("Inside.java"), "package shop.hidden;\nclass Inside {}\n");
        Path unreadable = what.equals("file") ? inside : folder;
        lock(unreadable);

        assertThat(run("scan", "--format", "console", src.toString())).isEqualTo(3);

        assertThat(out.toString()).contains(unreadable + ": cannot read: permission denied; the " + what
                + " is not analyzed (make it readable to the build's user)\n")
                .contains("in 1 file (4 lines); 1 file skipped");
    }

    @Test
    void outputDirectoryThatCannotBeCreatedIsOneLineWithAHint() throws IOException {
        Path src = sources();
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Path output = file.resolve("reports");

        assertThat(run("scan", "--output", output.toString(), src.toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("consentflow: error: cannot write the reports to " + output
                + ": java.nio.file.FileSystemException: " + output + ": Not a directory"
                + " (give a writable directory with --output)\n");
    }

    @Test
    void readOnlyOutputDirectoryIsOneLineWithAHint() throws IOException {
        Path src = sources();
        Path output = Files.createDirectories(dir.resolve("reports"));
        lock(output);

        assertThat(run("scan", "--output", output.toString(), src.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("consentflow: error: cannot write the reports to " + output + ": ")
                .endsWith(" (give a writable directory with --output)\n")
                .doesNotContain("\tat ");
    }

    @Test
    void encodingOptionReadsIsoLatin1Sources() throws IOException {
        Path src = sources();
        Files.writeString(src.resolve("shop/Gruss.java"), "package shop;\n\nclass Gruss {\n    String grüße;\n    String ß = \"süß\";\n}\n",
                StandardCharsets.ISO_8859_1);

        assertThat(run("scan", "--format", "console", "--encoding", "ISO-8859-1", src.toString())).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("consentflow: 0 errors, 0 warnings in 2 files (10 lines)\n");
    }

    @Test
    void withoutTheEncodingOptionTheSameFileIsReportedUndecodable() throws IOException {
        Path src = sources();
        Path file = src.resolve("shop/Gruss.java");
        Files.writeString(file, "package shop;\n\nclass Gruss {\n    String grüße;\n    String ß = \"süß\";\n}\n",
                StandardCharsets.ISO_8859_1);

        assertThat(run("scan", "--format", "console", src.toString())).isEqualTo(3);
        assertThat(out.toString()).startsWith(file + ":4:14: cannot decode: byte 0xFC is not valid UTF-8;");
    }
}
