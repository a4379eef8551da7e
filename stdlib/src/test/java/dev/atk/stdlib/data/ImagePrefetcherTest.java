package dev.atk.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bounded prefetch queue: same batches as a direct load, loaded ahead on its own thread, never too far ahead. */
@Timeout(30)
class ImagePrefetcherTest {
    private static final List<int[]> ORDER = List.of(new int[] {0, 1}, new int[] {2, 3}, new int[] {4, 5},
            new int[] {6});

    /** One "pixel" per image: its index, so a batch's content says which items it holds. */
    private static HostImages direct(int[] items) {
        float[] p = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            p[i] = items[i];
        }
        return new HostImages(p, new Shape(items.length, 1, 1, 1));
    }

    @Test
    void everyBatchIsWhatADirectLoadGivesInTheAttacksOrder() {
        try (ImagePrefetcher ahead = new ImagePrefetcher(ORDER, ImagePrefetcherTest::direct, 2)) {
            for (int[] batch : ORDER) {
                HostImages got = ahead.take(batch);
                assertArrayEquals(direct(batch).pixels(), got.pixels());
                assertEquals(direct(batch).shape(), got.shape());
            }
        }
    }

    @Test
    void theNextBatchLoadsOnAnotherThreadWhileTheCurrentOneIsAttacked() throws InterruptedException {
        Map<Integer, String> loadedOn = new ConcurrentHashMap<>();
        CountDownLatch secondLoaded = new CountDownLatch(1);
        Function<int[], HostImages> load = items -> {
            loadedOn.put(items[0], Thread.currentThread().getName());
            if (items[0] == 2) {
                secondLoaded.countDown();
            }
            return direct(items);
        };
        try (ImagePrefetcher ahead = new ImagePrefetcher(ORDER, load, 1)) {
            ahead.take(ORDER.get(0));
            // the attack now "works" on batch 0; batch 1 loads meanwhile without anyone asking for it
            assertTrue(secondLoaded.await(10, TimeUnit.SECONDS), "batch 1 was not loaded ahead");
            assertEquals("atk-image-prefetch", loadedOn.get(2));
            assertFalse(loadedOn.containsKey(4), "depth 1 loads one batch ahead, not two");
        }
    }

    @Test
    void neverMoreThanDepthBatchesAreHeld() {
        AtomicInteger loads = new AtomicInteger();
        try (ImagePrefetcher ahead = new ImagePrefetcher(ORDER, items -> {
            loads.incrementAndGet();
            return direct(items);
        }, 2)) {
            assertEquals(2, ahead.queued());
            ahead.take(ORDER.get(0));
            assertEquals(2, ahead.queued());
            ahead.take(ORDER.get(1));
            ahead.take(ORDER.get(2));
            assertEquals(1, ahead.queued(), "only the last batch is left");
            ahead.take(ORDER.get(3));
            assertEquals(0, ahead.queued());
        }
        assertEquals(ORDER.size(), loads.get(), "each batch loaded once");
    }

    @Test
    void aBatchOutsideTheOrderLoadsOnTheCallersThreadAndLeavesTheQueueAlone() {
        Map<Integer, String> loadedOn = new ConcurrentHashMap<>();
        try (ImagePrefetcher ahead = new ImagePrefetcher(ORDER, items -> {
            loadedOn.put(items[0], Thread.currentThread().getName());
            return direct(items);
        }, 1)) {
            HostImages other = ahead.take(new int[] {9, 8});
            assertArrayEquals(new float[] {9, 8}, other.pixels());
            assertEquals(Thread.currentThread().getName(), loadedOn.get(9));
            assertArrayEquals(direct(ORDER.get(0)).pixels(), ahead.take(ORDER.get(0)).pixels(), "the order goes on");
        }
    }

    @Test
    void aLoadsFailureSurfacesAtTheTakeOfThatBatchAsItsOwnException() {
        DataUnreadableProbe boom = new DataUnreadableProbe("item 3 is not an image");
        try (ImagePrefetcher ahead = new ImagePrefetcher(ORDER, items -> {
            if (items[0] == 2) {
                throw boom;
            }
            return direct(items);
        }, 2)) {
            ahead.take(ORDER.get(0)); // the failing batch is already loading; its failure waits for its turn
            RuntimeException e = assertThrows(RuntimeException.class, () -> ahead.take(ORDER.get(1)));
            assertSame(boom, e);
            assertArrayEquals(direct(ORDER.get(2)).pixels(), ahead.take(ORDER.get(2)).pixels());
        }
    }

    @Test
    void anInterruptWhileWaitingEndsAsACancelledRun() {
        CountDownLatch never = new CountDownLatch(1);
        try (ImagePrefetcher ahead = new ImagePrefetcher(ORDER, items -> {
            try {
                never.await(); // a load that would never finish
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return direct(items);
        }, 1)) {
            Thread.currentThread().interrupt();
            assertThrows(dev.atk.spi.CancelledException.class, () -> ahead.take(ORDER.get(0)));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller (and cleared here)");
        }
    }

    @Test
    void closingStopsTheThread() throws InterruptedException {
        ImagePrefetcher ahead = new ImagePrefetcher(ORDER, ImagePrefetcherTest::direct, 2);
        ahead.take(ORDER.get(0));
        ahead.close();
        for (int i = 0; i < 100 && prefetchThreads() > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, prefetchThreads());
        assertThrows(IllegalArgumentException.class, () -> new ImagePrefetcher(ORDER, ImagePrefetcherTest::direct, 0));
    }

    private static long prefetchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("atk-image-prefetch")
                && t.isAlive()).count();
    }

    private static final class DataUnreadableProbe extends RuntimeException {
        DataUnreadableProbe(String message) {
            super(message);
        }
    }
}
