package dev.atk.stdlib.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.TestThreads;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Algorithm 1 on the bundled model: the invariants of §5.1, batching, the pass count of Appendix F, flip-down. */
class CorrelationExtractorTest {
    private static NDManager manager;
    private static Classifier model;
    private static SceneSet scenes;
    private static final MiFgsmConfig CONFIG = MiFgsmConfig.reference();
    private static final int[] IMAGES = {0, 1, 2};
    private static final double EPS = 0.01; // 25 iterations

    @BeforeAll
    static void load() {
        TestThreads.single();
        manager = NDManager.newBaseManager();
        model = BundledModels.load("fashion_cnn");
        scenes = BundledScenes.load();
    }

    @AfterAll
    static void close() {
        model.close();
        manager.close();
    }

    private static int[][] same(int[] items) {
        int[][] out = new int[40][];
        Arrays.fill(out, items);
        return out;
    }

    private static CorrelationResult run(int[][] items, String direction, int batch, RunControl control) {
        return new CorrelationExtractor(model, CONFIG).run(manager, scenes::images, 40, items,
                new LabelAttackRequest(EPS, items[0].length, direction), batch, control);
    }

    @Test
    void attackingALabelMovesItselfMostAndBatchingChangesNothing() {
        AtomicLong steps = new AtomicLong();
        RunControl counting = dev.atk.stdlib.attack.CountingControl.counting(steps);
        CorrelationResult wide = run(same(IMAGES), "up", 40, counting);
        assertEquals(3L * 40 * 25, steps.get(), "one step per row and iteration");
        assertTrue(wide.diagonalMean() > 0.05, "diagonal mean " + wide.diagonalMean());
        assertTrue(wide.diagonalMean() > 5 * wide.offDiagonalMeanAbs(),
                wide.diagonalMean() + " vs off-diagonal " + wide.offDiagonalMeanAbs());
        for (int l = 0; l < 40; l++) {
            assertTrue(wide.raw()[l][l] >= 0, "pushing label " + l + " up lowered it");
        }
        CorrelationResult narrow = run(same(IMAGES), "up", 7, RunControl.none());
        for (int l = 0; l < 40; l++) {
            assertArrayEquals(wide.raw()[l], narrow.raw()[l], 1e-5, "row " + l);
        }
        long[] expected = CorrelationExtractor.expectedPasses(CONFIG, EPS, same(IMAGES), IMAGES.length);
        assertEquals(expected[0], wide.forwardPasses());
        assertEquals(expected[1], wide.backwardPasses());
        assertEquals(3L * 40 * 25, wide.backwardPasses(), "(fp+bp)·(eps/alpha)·C·n of Appendix F");
    }

    @Test
    void flippingDownLowersTheAttackedLabelOnImagesThatHaveIt() {
        int[][] items = new int[40][];
        for (int l = 0; l < 40; l++) {
            final int label = l;
            items[l] = java.util.stream.IntStream.range(0, 200).filter(i -> scenes.hasLabel(i, label)).limit(2)
                    .toArray();
        }
        CorrelationResult down = run(items, "down", 40, RunControl.none());
        assertEquals("down", down.direction());
        for (int l = 0; l < 40; l++) {
            assertEquals(items[l].length, down.samplesPerLabel()[l]);
            if (items[l].length > 0) {
                assertTrue(down.raw()[l][l] <= 0, "pushing label " + l + " down raised it: " + down.raw()[l][l]);
            }
        }
        assertTrue(down.diagonalMean() < -0.05, "diagonal mean " + down.diagonalMean());
    }
}
