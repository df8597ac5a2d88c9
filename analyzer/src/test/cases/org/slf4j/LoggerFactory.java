package org.slf4j;

/** Stand-in for SLF4J's LoggerFactory. */
public final class LoggerFactory {
    private LoggerFactory() {}

    public static native Logger getLogger(Class<?> type);
}
