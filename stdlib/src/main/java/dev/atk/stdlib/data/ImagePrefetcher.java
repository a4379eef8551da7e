package dev.atk.stdlib.data;

import dev.atk.spi.CancelledException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Decodes and resizes the next batches on a CPU thread while the device attacks the current one: a bounded queue of
 * at most {@code depth} batches loaded ahead, in the order the attack will ask for them. On a GPU the attack no
 * longer waits for JPEG decoding and the Pillow resize between batches; on a CPU the thread costs one core's share
 * while it decodes, which generated scenes make negligible.
 *
 * <p>The attack asks with {@link #take}. A batch that is next in the order comes from the queue (waiting for it if
 * its load is still running); any other batch (an attack that reads images outside its sample) loads on the
 * caller's thread, as without a prefetcher. A load's failure surfaces at the {@code take} of that batch, on the
 * attack's thread, exactly as a direct load's would. Closing stops the thread; loads in progress finish and are
 * dropped.
 */
public final class ImagePrefetcher implements AutoCloseable {
    private final List<int[]> order;
    private final Function<int[], HostImages> load;
    private final int depth;
    private final ExecutorService worker;
    private final Deque<Future<HostImages>> ahead = new ArrayDeque<>();
    /** The position in {@code order} of the batch at the head of {@code ahead}. */
    private int nextToTake;
    /** The position in {@code order} of the next batch to submit. */
    private int nextToSubmit;

    /**
     * @param order the batches, in the order the attack takes them
     * @param load decodes one batch on the host (called on the prefetch thread; must be thread-safe)
     * @param depth how many batches may be loaded ahead of the one being attacked (at least 1)
     */
    public ImagePrefetcher(List<int[]> order, Function<int[], HostImages> load, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("prefetch depth must be >= 1, got " + depth);
        }
        this.order = List.copyOf(order);
        this.load = load;
        this.depth = depth;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atk-image-prefetch");
            t.setDaemon(true); // never keeps an embedding application's JVM alive
            return t;
        });
        refill();
    }

    /** The batch {@code items}, from the queue when it is the next in the order, else loaded here. */
    public HostImages take(int[] items) {
        if (nextToTake < order.size() && Arrays.equals(order.get(nextToTake), items)) {
            Future<HostImages> f = ahead.pollFirst();
            nextToTake++;
            refill();
            return f == null ? load.apply(items) : await(f); // null only after close
        }
        return load.apply(items);
    }

    /** Batches loaded or loading ahead of the next {@link #take}: never more than {@code depth}. */
    int queued() {
        return ahead.size();
    }

    private void refill() {
        while (ahead.size() < depth && nextToSubmit < order.size() && !worker.isShutdown()) {
            int[] batch = order.get(nextToSubmit++);
            ahead.addLast(worker.submit(() -> load.apply(batch)));
        }
    }

    private static HostImages await(Future<HostImages> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            // a host that interrupts the evaluating thread means stop: end as a cancelled run, not an internal error
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the load's own exception, as a direct load would have thrown it
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        ahead.forEach(f -> f.cancel(false));
        ahead.clear();
        worker.shutdownNow();
    }
}
