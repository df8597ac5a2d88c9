package dev.consentflow.maven;

import dev.consentflow.analyzer.report.ConsoleSink;
import org.apache.maven.plugin.logging.Log;

/** Sends the analyzer's console lines to the Maven log at the matching level. */
final class LogConsoleSink implements ConsoleSink {
    private final Log log;

    LogConsoleSink(Log log) {
        this.log = log;
    }

    @Override
    public void error(String line) {
        log.error(line);
    }

    @Override
    public void warning(String line) {
        log.warn(line);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }
}
