package dev.consentflow.analyzer.report;

/**
 * Where console lines go: the CLI prints them to stdout/stderr, the Maven goal to its log at the
 * matching level. Each call receives one line without a line terminator.
 */
public interface ConsoleSink {
    void error(String line);

    void warning(String line);

    void info(String line);
}
