package dev.consentflow.analyzer.report;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes the report files: byte-stable and atomically replaced. */
final class ReportFiles {
    // "\n" rather than the platform line separator, and sorted map keys, so that the same result gives
    // the same bytes on every machine.
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(Result.class, LevelAlwaysWritten.class)
            .addMixIn(Notification.class, LevelAlwaysWritten.class)
            .addMixIn(ReportingConfiguration.class, LevelAlwaysWritten.class)
            .build()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER));

    private ReportFiles() {}

    /**
     * java-sarif leaves out every value equal to its SARIF default, so a warning would carry no
     * {@code level} at all; readers of the log, and consumers that ignore defaults, should see it.
     */
    private abstract static class LevelAlwaysWritten {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object level;
    }

    /**
     * Serializes {@code document} with Jackson as indented UTF-8 JSON ending in a newline, and puts it at
     * {@code target} so that a reader never sees a half-written file: the bytes go to a temporary file in
     * the same directory, which then replaces {@code target} in one atomic move.
     *
     * @param target the report file; its directory must exist
     * @throws IOException when the directory is not writable or the file system cannot move atomically
     */
    static void writeJson(Path target, Object document) throws IOException {
        writeText(target, WRITER.writeValueAsString(document) + "\n");
    }

    /**
     * Puts {@code text}, encoded in UTF-8, at {@code target} atomically, as {@link #writeJson} does.
     *
     * @throws IOException as {@link #writeJson}
     */
    static void writeText(Path target, String text) throws IOException {
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // Not Files.createTempFile: its owner-only permissions would carry over to the report.
            Files.write(temporary, json, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
