package org.apache.commons.logging;

/** Stand-in for commons-logging's Log: the methods cases call. */
public interface Log {
    void debug(Object message);
    void info(Object message);
    void warn(Object message, Throwable t);
    void error(Object message);
}
