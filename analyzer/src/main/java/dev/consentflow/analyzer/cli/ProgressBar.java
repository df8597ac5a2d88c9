package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The CLI's progress bar on a terminal, e.g. {@code consentflow: flows [=======>      ] 640/1255}, drawn
 * on one line over itself once a run has taken more than a second, and erased when the analysis is
 * over. Not on a terminal (a pipe, a CI log) it draws nothing. Thread-safe: files are parsed in parallel.
 */
final class ProgressBar implements AnalysisListener, AutoCloseable {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final Optional<Terminal> terminal;
    private final LongSupplier nanoClock;
    private final long start;
    private Phase phase;
    private int total;
    private int done;
    private long drawnAt;
    private boolean drawn;

    ProgressBar(Optional<Terminal> terminal, LongSupplier nanoClock) {
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** A bar on the process's terminal, or one that draws nothing when standard output is not one. */
    static ProgressBar onSystemTerminal() {
        Terminal terminal = null;
        try {
            // dumb(true): no warning when there is no terminal, a "dumb" one is returned instead.
            terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                terminal.close();
                terminal = null;
            }
        } catch (IOException | RuntimeException e) {
            terminal = null;
        }
        return new ProgressBar(Optional.ofNullable(terminal), System::nanoTime);
    }

    @Override
    public synchronized void started(Phase phase) {
        this.phase = phase;
        this.total = 0;
        this.done = 0;
        draw();
    }

    @Override
    public synchronized void planned(Phase phase, int units) {
        total += units;
    }

    @Override
    public synchronized void worked(Phase phase, int units) {
        done += units;
        long now = nanoClock.getAsLong();
        if (now - drawnAt >= REDRAW_NANOS) {
            draw();
        }
    }

    private void draw() {
        long now = nanoClock.getAsLong();
        if (terminal.isEmpty() || now - start < QUIET_NANOS) {
            return;
        }
        drawnAt = now;
        drawn = true;
        int width = Math.max(40, terminal.get().getWidth() == 0 ? 80 : terminal.get().getWidth());
        PrintWriter out = terminal.get().writer();
        out.print("\r" + line(width - 1));
        out.flush();
    }

    /** The bar's text, padded to {@code width} characters so that it covers the previous one. */
    synchronized String line(int width) {
        String head = "consentflow: " + phase.label() + " ";
        String tail = total == 0 ? "" : String.format(Locale.ROOT, " %d/%d", done, total);
        int cells = Math.max(10, width - head.length() - tail.length() - 2);
        int full = total == 0 ? 0 : (int) ((long) cells * Math.min(done, total) / total);
        String bar = "=".repeat(full) + (full < cells ? ">" + " ".repeat(cells - full - 1) : "");
        String text = head + "[" + bar + "]" + tail;
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    /** Erases the bar and gives the terminal back. */
    @Override
    public synchronized void close() {
        terminal.ifPresent(t -> {
            if (drawn) {
                PrintWriter out = t.writer();
                out.print("\r" + " ".repeat(Math.max(40, t.getWidth()) - 1) + "\r");
                out.flush();
            }
            try {
                t.close();
            } catch (IOException e) {
                // The bar is gone either way; nothing to report.
            }
        });
    }
}
