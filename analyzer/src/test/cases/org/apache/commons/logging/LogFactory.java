package org.apache.commons.logging;

/** Stand-in for commons-logging's LogFactory. */
public abstract class LogFactory {
    public static native Log getLog(Class<?> type);
}
