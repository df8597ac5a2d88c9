package org.slf4j;

/** Stand-in for SLF4J's Logger (no logging jar on the case suite's classpath): the methods cases call. */
public interface Logger {
    void trace(String msg, Object... args);
    void debug(String msg, Object... args);
    void info(String msg, Object... args);
    void warn(String msg, Object... args);
    void error(String msg, Object... args);
    void error(String msg, Throwable t);
}
