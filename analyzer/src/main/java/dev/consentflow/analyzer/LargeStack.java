package dev.consentflow.analyzer;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a large stack. JavaParser's parser and resolver and the flow engine recurse
 * once per level of expression nesting; real generated code nests thousands deep, which overflows the
 * default stack (512 KiB to 1 MiB).
 */
public final class LargeStack {
    /** Enough for tens of thousands of nested levels; the memory is reserved, used only as needed. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private LargeStack() {}

    /** A factory of large-stack threads, for pools that parse or analyze (see the class comment). */
    public static ThreadFactory threads(String name) {
        return work -> {
            Thread thread = new Thread(null, work, name, STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs {@code work} to completion on a large-stack thread and returns its result or rethrows its error. */
    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "consentflow-analysis", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new AnalysisException("analysis interrupted");
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
