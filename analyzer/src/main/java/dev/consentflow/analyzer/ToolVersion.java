package dev.consentflow.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of consentflow, as the reports and {@code --version} state it. */
public final class ToolVersion {
    private static final String RESOURCE = "version.properties";

    private ToolVersion() {}

    /**
     * The Maven project version, e.g. {@code 0.1.0-SNAPSHOT}.
     *
     * @throws IllegalStateException only in a broken build, when the resource is missing or unfiltered
     */
    public static String current() {
        // A resource Maven filters at build time is right in tests and in the shaded jar alike; a
        // manifest entry would be missing when running from target/classes.
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
