package dev.consentflow.analyzer.classpath;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The process-wide indexes of classpath elements, by content hash. Parallel module builds in one JVM
 * ({@code mvn -T 2}) share it: the first analysis that needs an element reads it, the others wait for that
 * result instead of reading it again. Only classes with roles are kept, so it stays small.
 */
final class IndexCache {
    private static final ConcurrentMap<String, CompletableFuture<ElementIndex>> INDEXES = new ConcurrentHashMap<>();

    private IndexCache() {}

    /** How an element is read when its index is not cached yet. */
    interface Reader {
        ElementIndex read() throws IOException;
    }

    /**
     * @param contentHash identifies the element's content
     * @param reader reads the element; called at most once per hash while its reads succeed
     * @return the cached index, or the one {@code reader} returns
     * @throws IOException the reader's: a failed read is not cached, so a later analysis tries again
     */
    static ElementIndex get(String contentHash, Reader reader) throws IOException {
        CompletableFuture<ElementIndex> created = new CompletableFuture<>();
        CompletableFuture<ElementIndex> cached = INDEXES.putIfAbsent(contentHash, created);
        if (cached == null) {
            cached = created;
            try {
                created.complete(reader.read());
            } catch (Throwable e) {
                // Every outcome completes the future, since other threads wait on it; join() rethrows it.
                INDEXES.remove(contentHash, created);
                created.completeExceptionally(e);
            }
        }
        try {
            return cached.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
