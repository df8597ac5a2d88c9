package dev.consentflow.analyzer.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file.
 *
 * @param file absolute, normalized path of the file
 * @param line 1-based line
 * @param column 1-based column, a tab counted as one character (JavaParser's convention)
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {
    private static final Comparator<Location> ORDER = Comparator
            .comparing((Location l) -> l.file().toString())
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}
