package dev.atk.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class BundledScenesTest {

    @Test
    void shippedSampleHas1000PlausibleScenes() {
        SceneSet s = BundledScenes.load();
        assertEquals(1000, s.count());
        assertEquals(FashionLabels.names(), s.labelNames());
        assertEquals(56, s.height());
        assertEquals("fashion/test/000000", s.itemId(0));
        assertEquals("fashion/test/000999", s.itemId(999));
        long positives = 0;
        int[] perLabel = new int[40];
        for (int i = 0; i < s.count(); i++) {
            int[] l = s.labels(i);
            assertTrue(l.length >= 1 && l.length <= 4);
            positives += l.length;
            for (int j : l) {
                perLabel[j]++;
            }
            for (int cell = 0; cell < 4; cell++) {
                assertTrue(s.source(i, cell) < 10_000, "test scenes use t10k images only");
            }
        }
        double mean = positives / 1000.0;
        assertTrue(mean > 2.4 && mean < 3.2, "mean positives " + mean);
        int min = java.util.Arrays.stream(perLabel).min().getAsInt();
        int max = java.util.Arrays.stream(perLabel).max().getAsInt();
        assertTrue(min >= 1, "every label occurs");
        assertTrue(max > 10 * min, "imbalanced: max " + max + " min " + min);
    }

    @Test
    void imagesAreFloatInUnitRange() {
        SceneSet s = BundledScenes.load();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = s.images(m, new int[] {0, 5, 999});
            assertEquals(new Shape(3, 1, 56, 56), x.getShape());
            assertEquals(DataType.FLOAT32, x.getDataType());
            assertTrue(x.min().getFloat() >= 0f && x.max().getFloat() <= 1f);
            assertTrue(x.max().getFloat() > 0.5f);
            NDArray y = s.targets(m, new int[] {0, 5});
            assertEquals(new Shape(2, 40), y.getShape());
            assertEquals(s.labels(0).length + s.labels(5).length, (int) y.sum().getFloat());
        }
    }

    @Test
    void shippedSampleIsRegenerable() {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST IDX files not installed");
        SceneSet shipped = BundledScenes.load();
        SceneSet fresh = new SceneGenerator(FashionMnist.installed(), shipped.seed()).generate(Split.TEST, 0, 1000);
        assertArrayEquals(fresh.rawPixels(), shipped.rawPixels());
        assertArrayEquals(fresh.rawLabelBits(), shipped.rawLabelBits());
        assertArrayEquals(fresh.rawSources(), shipped.rawSources());
    }
}
