package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.report.ConsoleSink;
import java.io.PrintWriter;

/** Console report lines all go to standard output, where they belong with the rest of the report. */
final class PrintingConsole implements ConsoleSink {
    private final PrintWriter out;

    PrintingConsole(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void error(String line) {
        out.println(line);
    }

    @Override
    public void warning(String line) {
        out.println(line);
    }

    @Override
    public void info(String line) {
        out.println(line);
    }
}
