package dev.atk.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneSampleFileTest {
    @TempDir
    Path dir;

    /** A synthetic set with 70 labels (two bit words per item) so the bitset code is exercised. */
    static SceneSet synthetic(int count) {
        SplittableRandom rng = new SplittableRandom(1);
        int h = 6;
        int w = 5;
        List<String> names = java.util.stream.IntStream.range(0, 70).mapToObj(j -> "l" + j).toList();
        byte[] px = new byte[count * h * w];
        for (int k = 0; k < px.length; k++) {
            px[k] = (byte) rng.nextInt(256);
        }
        long[] bits = new long[count * 2];
        for (int k = 0; k < bits.length; k++) {
            bits[k] = rng.nextLong() & (k % 2 == 0 ? -1L : (1L << 6) - 1);
        }
        int[] src = new int[count * 4];
        for (int k = 0; k < src.length; k++) {
            src[k] = rng.nextInt(10) - 1;
        }
        return new SceneSet("synthetic", Split.VAL, 42, 17, count, h, w, names, 4, px, bits, src);
    }

    @Test
    void roundTrip() {
        SceneSet s = synthetic(9);
        Path f = dir.resolve("s.scenes.gz");
        SceneSampleFile.write(s, f);
        SceneSet r = SceneSampleFile.read(f);
        assertEquals(s.count(), r.count());
        assertEquals(s.labelNames(), r.labelNames());
        assertEquals(Split.VAL, r.split());
        assertEquals(42, r.seed());
        assertEquals("synthetic/val/000025", r.itemId(8));
        assertArrayEquals(s.rawPixels(), r.rawPixels());
        assertArrayEquals(s.rawLabelBits(), r.rawLabelBits());
        assertArrayEquals(s.rawSources(), r.rawSources());
        for (int i = 0; i < s.count(); i++) {
            assertArrayEquals(s.labels(i), r.labels(i));
        }
    }

    @Test
    void missingTruncatedAndForeignFilesGiveOneLineDataException() throws IOException {
        Path f = dir.resolve("s.scenes.gz");
        SceneSampleFile.write(synthetic(5), f);
        byte[] bytes = Files.readAllBytes(f);

        Path truncated = Files.write(dir.resolve("trunc.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.write(dir.resolve("garbage.gz"), "hello, not gzip".getBytes());
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x5a;
        Path corrupt = Files.write(dir.resolve("corrupt.gz"), flipped);
        for (Path p : List.of(truncated, garbage, corrupt, dir.resolve("missing.gz"))) {
            DataException e = assertThrows(DataException.class, () -> SceneSampleFile.read(p));
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
