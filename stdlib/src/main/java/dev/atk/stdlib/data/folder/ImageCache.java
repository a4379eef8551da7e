package dev.atk.stdlib.data.folder;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Decoded and resized images, kept so that the many batches an attack runs over the same sample decode each file
 * once. Bounded in bytes with least-recently-used eviction; entries are uint8 C×H×W (a 448×448 image is 602 KB, four
 * times less than as floats), so the 512 MB default holds about 870 images.
 *
 * <p>Keyed by the image file and the output size, not by data set: two sets opened on the same folder share entries,
 * and one file resized for two models is two entries. Thread-safe; a load runs outside the lock, so two threads
 * asking for the same missing entry may both decode it (harmless, the second result replaces the first).
 */
public final class ImageCache {
    /** Default bound: 512 MB. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    private static final ImageCache SHARED = new ImageCache(DEFAULT_MAX_BYTES);

    /** What identifies a cached image: the file (absolute, normalised) and the size it was resized to. */
    public record Key(Path file, int height, int width) {
        public Key {
            file = file.toAbsolutePath().normalize();
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    public ImageCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("cache bound " + maxBytes + " bytes");
        }
        this.maxBytes = maxBytes;
    }

    /** The process-wide cache folder sets use unless given their own. */
    public static ImageCache shared() {
        return SHARED;
    }

    /**
     * The cached pixels for {@code key}, or {@code load}'s result, which is then cached. Callers must not modify the
     * returned array: it is shared with later callers.
     */
    public byte[] get(Key key, Supplier<byte[]> load) {
        Objects.requireNonNull(key);
        synchronized (this) {
            byte[] hit = entries.get(key);
            if (hit != null) {
                hits++;
                return hit;
            }
            misses++;
        }
        byte[] value = Objects.requireNonNull(load.get(), "image loader returned null");
        put(key, value);
        return value;
    }

    private synchronized void put(Key key, byte[] value) {
        if (value.length > maxBytes) {
            return; // larger than the whole cache: serve it, keep nothing
        }
        byte[] old = entries.put(key, value);
        if (old != null) {
            bytes -= old.length;
        }
        bytes += value.length;
        Iterator<Map.Entry<Key, byte[]>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, byte[]> e = eldest.next();
            bytes -= e.getValue().length;
            eldest.remove();
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Bytes held now (≤ {@link #maxBytes()}). */
    public synchronized long bytes() {
        return bytes;
    }

    /** Images held now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Lookups answered from the cache. */
    public synchronized long hits() {
        return hits;
    }

    /** Lookups that had to load. */
    public synchronized long misses() {
        return misses;
    }

    public synchronized boolean contains(Key key) {
        return entries.containsKey(key);
    }

    /** Drops every entry (counters are kept). */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}
