package dev.consentflow.analyzer.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexCacheTest {
    private static final ElementIndex INDEX = new ElementIndex(Map.of(), List.of("marker"));

    @Test
    void threadsAskingForTheSameContentShareOneRead() throws Exception {
        String hash = UUID.randomUUID().toString();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<ElementIndex>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return IndexCache.get(hash, () -> {
                        reads.incrementAndGet();
                        sleep();
                        return INDEX;
                    });
                }));
            }
            start.countDown();
            for (Future<ElementIndex> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isSameAs(INDEX);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFailedReadIsNotCached() throws IOException {
        String hash = UUID.randomUUID().toString();

        assertThatThrownBy(() -> IndexCache.get(hash, () -> {
            throw new IOException("disk gone");
        })).isInstanceOf(IOException.class).hasMessage("disk gone");

        assertThat(IndexCache.get(hash, () -> INDEX)).isSameAs(INDEX);
    }

    /** Keeps the read going while the other threads ask for the same content. */
    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
