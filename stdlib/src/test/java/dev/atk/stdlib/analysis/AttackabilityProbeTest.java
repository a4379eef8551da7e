package dev.atk.stdlib.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.TestThreads;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Label attackability (ALGORITHMS.md §7.6) on the bundled model. */
class AttackabilityProbeTest {
    private static NDManager manager;
    private static Classifier model;
    private static SceneSet scenes;

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

    private static AttackabilityResult probe(double eps, boolean up) {
        int[][] candidates = new int[40][];
        for (int l = 0; l < 40; l++) {
            final int label = l;
            candidates[l] = IntStream.range(0, 300).filter(i -> scenes.hasLabel(i, label) != up).limit(6).toArray();
        }
        return new AttackabilityProbe(model, MiFgsmConfig.reference()).run(manager, scenes::images, 40, candidates,
                new LabelAttackRequest(eps, 2, up ? "up" : "down"), 40, RunControl.none());
    }

    @Test
    void countsFlipsOfTheAttackedLabelOnCorrectlyPredictedImages() {
        AttackabilityResult small = probe(0.004, false);
        AttackabilityResult large = probe(0.04, false);
        int attempts = 0;
        for (int l = 0; l < 40; l++) {
            assertTrue(small.attempts()[l] <= 2, "at most `samples` images per label");
            assertTrue(small.flipped()[l] <= small.attempts()[l]);
            assertEquals(small.attempts()[l], large.attempts()[l], "the same images whatever the budget");
            if (small.attempts()[l] > 0) {
                // only images the model gets right are attacked: flip-down starts from a positive prediction
                assertTrue(small.meanConfidence()[l] > 0.5, "label " + l + " " + small.meanConfidence()[l]);
            }
            attempts += small.attempts()[l];
        }
        assertTrue(attempts > 40, "most labels have correctly predicted positives: " + attempts);
        int flippedSmall = IntStream.of(small.flipped()).sum();
        int flippedLarge = IntStream.of(large.flipped()).sum();
        assertTrue(flippedLarge > flippedSmall, flippedSmall + " flips at 0.004 vs " + flippedLarge + " at 0.04");
        assertEquals(attempts * 10L, small.backwardPasses(), "int(0.004/alpha) = 10 steps per attacked image");
    }

    @Test
    void flipUpStartsFromNegatives() {
        AttackabilityResult up = probe(0.02, true);
        for (int l = 0; l < 40; l++) {
            if (up.attempts()[l] > 0) {
                assertTrue(up.meanConfidence()[l] <= 0.5, "label " + l);
            }
        }
    }
}
