package dev.consentflow.analyzer.report;

import java.util.ArrayList;
import java.util.List;

/** A console that keeps each line with the level it was sent at, e.g. {@code error| path:1:2: …}. */
final class RecordingConsole implements ConsoleSink {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(String line) {
        lines.add("error| " + line);
    }

    @Override
    public void warning(String line) {
        lines.add("warning| " + line);
    }

    @Override
    public void info(String line) {
        lines.add("info| " + line);
    }
}
