package org.apache.logging.log4j;

/** Stand-in for Log4j 2's Logger: the methods cases call. */
public interface Logger {
    void debug(String msg, Object... args);
    void info(String msg, Object... args);
    void warn(String msg, Object... args);
    void error(String msg, Object... args);
    void fatal(String msg, Object... args);
}
