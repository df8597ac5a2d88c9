package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The source lines a report shows beside each step of a flow, each file read once. */
final class SourceExcerpts {
    private final Map<Path, List<String>> lines = new HashMap<>();

    /**
     * The text of the line at {@code location}, without its indentation; empty when the file cannot be
     * read (it moved since the analysis) or has no such line. Bytes that are not UTF-8 show as U+FFFD:
     * an excerpt is for reading, and a report is not the place to fail on an encoding.
     */
    String line(Location location) {
        List<String> text = lines.computeIfAbsent(location.file(), SourceExcerpts::read);
        int index = location.line() - 1;
        return index >= 0 && index < text.size() ? text.get(index).strip() : "";
    }

    private static List<String> read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
