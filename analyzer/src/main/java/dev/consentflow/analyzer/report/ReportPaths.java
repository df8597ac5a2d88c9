package dev.consentflow.analyzer.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** How reports spell paths and identifiers, so that every format spells them alike. */
public final class ReportPaths {
    private ReportPaths() {}

    /**
     * The path of {@code file} relative to {@code root}, with forward slashes on every platform; a file
     * outside {@code root} gets leading {@code ../} segments, so no report holds an absolute path.
     *
     * @param root an absolute, normalized directory
     * @param file an absolute, normalized file
     * @throws IllegalArgumentException when the two have different file-system roots (Windows drives)
     */
    public static String relative(Path root, Path file) {
        return StreamSupport.stream(root.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    /**
     * {@link #relative} as a relative URI reference (RFC 3986): blanks, {@code %} and non-ASCII
     * characters percent-encoded, as SARIF's {@code artifactLocation.uri} requires.
     *
     * @throws IllegalArgumentException as {@link #relative}
     */
    static String relativeUri(Path root, Path file) {
        try {
            return new URI(null, null, relative(root, file), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + file + " as a URI", e);
        }
    }

    /**
     * The path printed on the console: relative to {@code base} when {@code file} lies under it, so that
     * IDE terminals and CI logs can link it, else absolute.
     */
    static String display(Path base, Path file) {
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }

    /** The stable identifier of an enum constant in reports: {@code PARSE_ERROR} → {@code parse-error}. */
    static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
