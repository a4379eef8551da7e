package dev.atk.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Needs the Debian package dataset-fashion-mnist; skipped where it is absent. */
class SceneGeneratorTest {
    static FashionMnist mnist;

    @BeforeAll
    static void requireDataset() {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST IDX files not installed");
        mnist = FashionMnist.installed();
    }

    @Test
    void sameSeedSameBytesAndPrefixStable() {
        SceneSet a = new SceneGenerator(mnist, 7).generate(Split.TEST, 0, 300);
        SceneSet b = new SceneGenerator(mnist, 7).generate(Split.TEST, 0, 300);
        assertArrayEquals(a.rawPixels(), b.rawPixels());
        assertArrayEquals(a.rawLabelBits(), b.rawLabelBits());
        assertArrayEquals(a.rawSources(), b.rawSources());
        SceneSet tail = new SceneGenerator(mnist, 7).generate(Split.TEST, 100, 50);
        assertArrayEquals(a.pixels(120), tail.pixels(20));
        assertEquals(a.itemId(120), tail.itemId(20));
        assertEquals("fashion/test/000120", tail.itemId(20));
        SceneSet other = new SceneGenerator(mnist, 8).generate(Split.TEST, 0, 300);
        assertFalse(Arrays.equals(a.rawPixels(), other.rawPixels()));
    }

    @Test
    void splitsUseDisjointImagesAndLabelsMatchSources() {
        SceneGenerator gen = new SceneGenerator(mnist, SceneGenerator.DEFAULT_SEED);
        for (Split split : Split.values()) {
            SceneSet s = gen.generate(split, 0, 400);
            FashionMnist.SplitImages images = mnist.split(split);
            for (int i = 0; i < s.count(); i++) {
                int garments = 0;
                byte[] px = s.pixels(i);
                for (int cell = 0; cell < 4; cell++) {
                    int src = s.source(i, cell);
                    if (src < 0) {
                        for (int c = 0; c < 10; c++) {
                            assertFalse(s.hasLabel(i, FashionLabels.label(c, cell)));
                        }
                        continue;
                    }
                    garments++;
                    assertTrue(src >= split.firstImage() && src < split.endImage(), split + " uses image " + src);
                    int cls = images.classes()[src];
                    assertTrue(s.hasLabel(i, FashionLabels.label(cls, cell)));
                    int top = (cell / 2) * 28;
                    int left = (cell % 2) * 28;
                    for (int r = 0; r < 28; r++) {
                        for (int c = 0; c < 28; c++) {
                            assertEquals(images.images().pixels()[src * 784 + r * 28 + c], px[(top + r) * 56 + left + c]);
                        }
                    }
                }
                assertTrue(garments >= 1 && garments <= 4);
                assertEquals(garments, s.labels(i).length);
            }
        }
    }

    @Test
    void labelNamesAreClassMajor() {
        assertEquals(40, FashionLabels.names().size());
        assertEquals("tshirt@top_left", FashionLabels.names().get(0));
        assertEquals("trouser@top_right", FashionLabels.names().get(5));
        assertEquals("ankle_boot@bottom_right", FashionLabels.names().get(39));
    }
}
