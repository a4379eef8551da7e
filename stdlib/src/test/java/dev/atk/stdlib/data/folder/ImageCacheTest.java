package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ImageCacheTest {
    private static ImageCache.Key key(String f) {
        return new ImageCache.Key(Path.of("/data", f), 4, 4);
    }

    @Test
    void loadsOnceThenServesTheSameArray() {
        ImageCache cache = new ImageCache(1000);
        AtomicInteger loads = new AtomicInteger();
        byte[] first = cache.get(key("a"), () -> {
            loads.incrementAndGet();
            return new byte[10];
        });
        byte[] second = cache.get(key("a"), () -> {
            loads.incrementAndGet();
            return new byte[10];
        });
        assertSame(first, second);
        assertEquals(1, loads.get());
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void sizeIsPartOfTheKeyAndPathsAreNormalised() {
        ImageCache cache = new ImageCache(1000);
        cache.get(new ImageCache.Key(Path.of("/data/x/../a"), 4, 4), () -> new byte[1]);
        assertTrue(cache.contains(new ImageCache.Key(Path.of("/data/a"), 4, 4)));
        assertFalse(cache.contains(new ImageCache.Key(Path.of("/data/a"), 4, 5)));
    }

    @Test
    void evictsLeastRecentlyUsedToStayWithinTheByteBound() {
        ImageCache cache = new ImageCache(300);
        cache.get(key("a"), () -> new byte[100]);
        cache.get(key("b"), () -> new byte[100]);
        cache.get(key("c"), () -> new byte[100]);
        cache.get(key("a"), () -> new byte[100]); // a is now the most recent
        cache.get(key("d"), () -> new byte[100]); // evicts b, the least recent
        assertTrue(cache.contains(key("a")));
        assertFalse(cache.contains(key("b")));
        assertTrue(cache.contains(key("c")));
        assertTrue(cache.contains(key("d")));
        assertEquals(300, cache.bytes());
        cache.get(key("e"), () -> new byte[150]); // 450 bytes: evicts c, then a
        assertEquals(2, cache.size());
        assertTrue(cache.contains(key("d")) && cache.contains(key("e")));
        assertTrue(cache.bytes() <= cache.maxBytes());
    }

    @Test
    void anEntryLargerThanTheCacheIsServedButNotKept() {
        ImageCache cache = new ImageCache(50);
        cache.get(key("a"), () -> new byte[40]);
        assertEquals(60, cache.get(key("big"), () -> new byte[60]).length);
        assertFalse(cache.contains(key("big")));
        assertTrue(cache.contains(key("a")), "a too-large entry does not flush the cache");
    }

    @Test
    void defaultBoundIs512Mb() {
        assertEquals(512L * 1024 * 1024, ImageCache.shared().maxBytes());
    }
}
