package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MI-FGSM invariants on the bundled fashion_cnn and real scenes; skipped when the model is not in models/. */
class BundledModelAttackTest {
    static final double ALPHA = RunSettings.DEFAULT_ALPHA;
    private static NDManager manager;
    private static Classifier model;
    private static SceneSet scenes;

    @BeforeAll
    static void load() {
        TestThreads.single();
        Path config = Path.of(System.getProperty("atk.home", "."), "models", "fashion_cnn.json");
        Assumptions.assumeTrue(Files.isRegularFile(config), "no bundled model at " + config);
        manager = NDManager.newBaseManager();
        model = BundledModels.load("fashion_cnn");
        scenes = BundledScenes.load();
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
            manager.close();
        }
    }

    @Test
    void invariantsAndFusedSweepOnRealScenes() {
        int[] items = {4, 5, 6, 7}; // scenes 4 and 5 lose a label at ε = 0.004 (the model is fairly robust)
        double[] budgets = {0.004, 0.0015625, 0.01};
        MiFgsm attack = new MiFgsm(model, MiFgsmConfig.reference());
        try (NDManager m = manager.newSubManager()) {
            NDArray x = scenes.images(m, items);
            List<List<AttackOutcome>> fused = attack.sweep(m, x, items, BceLoss.INSTANCE, null, budgets,
                    RunControl.none());
            int flips = 0;
            for (int b = 0; b < budgets.length; b++) {
                int k = Norm.iterations(budgets[b], ALPHA);
                List<AttackOutcome> alone = attack.sweep(m, x, items, BceLoss.INSTANCE, null,
                        new double[] {budgets[b]}, RunControl.none()).get(0);
                for (int i = 0; i < items.length; i++) {
                    AttackOutcome f = fused.get(b).get(i);
                    assertEquals(alone.get(i).flips(), f.flips());
                    assertEquals(alone.get(i).linf(), f.linf());
                    assertArrayEquals(alone.get(i).adversarial(), f.adversarial());
                    assertTrue(f.linf() <= k * ALPHA + 1e-7);
                    assertEquals(k, f.iterations());
                    flips += f.flips();
                }
            }
            assertTrue(flips > 0, "the bundled model should flip labels at these budgets");
        }
    }

    @Test
    void stepsAreMultiplesOfAlphaAndBatchingIsPerImage() {
        int[] items = {5, 6, 7};
        try (NDManager m = manager.newSubManager()) {
            NDArray x = scenes.images(m, items);
            try (MiFgsmState all = new MiFgsmState(model, MiFgsmConfig.reference(), m, x, null)) {
                for (int k = 0; k < 8; k++) {
                    all.step(LinearLoss.INSTANCE);
                }
                double[] pre = all.iterate(m).toType(DataType.FLOAT64, false).toDoubleArray();
                double[] clean = x.toType(DataType.FLOAT64, false).toDoubleArray();
                for (int i = 0; i < pre.length; i++) {
                    double units = (pre[i] - clean[i]) / ALPHA;
                    assertEquals(Math.rint(units), units, 1e-3);
                    assertTrue(Math.abs(units) <= 8 + 1e-3);
                }
                float[] batched = all.displacement(m).get(1).toFloatArray();
                try (MiFgsmState one = new MiFgsmState(model, MiFgsmConfig.reference(), m, x.get("1:2"), null)) {
                    for (int k = 0; k < 8; k++) {
                        one.step(LinearLoss.INSTANCE);
                    }
                    assertArrayEquals(one.displacement(m).toFloatArray(), batched);
                }
            }
        }
    }
}
