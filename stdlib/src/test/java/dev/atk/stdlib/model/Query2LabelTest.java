package dev.atk.stdlib.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.atk.stdlib.attack.TestThreads;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.train.ConfidenceStats;
import dev.atk.stdlib.train.MeanAveragePrecision;
import dev.atk.stdlib.train.Predict;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled q2l_fashion (architecture q2l_fashion_v1): loads by name, gives B×40 logits, matches the recorded
 * mAP, is differentiable with respect to its input (float64 finite differences), deterministic in eval mode
 * (dropout only in training), and each image's logits do not depend on the rest of its batch.
 */
class Query2LabelTest {
    /** Test mAP on the shipped 1000 scenes recorded in docs/models.md. */
    static final double RECORDED_SAMPLE_MAP = 0.9415;

    static DjlClassifier model;
    static NDManager manager;
    static SceneSet sample;
    static float[][] logits;

    @BeforeAll
    static void load() {
        TestThreads.single();
        model = BundledModels.load("q2l_fashion");
        manager = NDManager.newBaseManager();
        sample = BundledScenes.load();
        logits = Predict.logits(model::logits, sample, manager, 250);
    }

    @AfterAll
    static void close() {
        model.close();
        manager.close();
    }

    @Test
    void bundledByNameWithTheFashionLabels() {
        assertTrue(BundledModels.NAMES.contains("q2l_fashion"));
        assertTrue(Architectures.isKnown(Query2Label.ARCHITECTURE));
        ModelConfig c = model.config();
        assertEquals("q2l_fashion", c.name());
        assertEquals("djl", c.format());
        assertEquals("q2l_fashion_v1", c.architecture());
        assertEquals("fashion", c.dataset());
        assertEquals(FashionLabels.names(), c.labels());
        assertEquals(new ModelConfig.Input(1, 56, 56, 0, 1), c.input());
        assertTrue(model.weightsHash().matches("[0-9a-f]{64}"));
        assertEquals(DataType.FLOAT32, model.dataType());
    }

    @Test
    void outputIsBatchBy40Logits() {
        try (NDManager m = manager.newSubManager()) {
            for (int b : new int[] {1, 3, 8}) {
                NDArray z = model.logits(m.zeros(new Shape(b, 1, 56, 56)));
                assertEquals(new Shape(b, 40), z.getShape());
                assertEquals(DataType.FLOAT32, z.getDataType());
            }
        }
    }

    @Test
    void meanAveragePrecisionOnShippedSample() {
        MeanAveragePrecision.Result r = MeanAveragePrecision.compute(logits, sample.labelMatrix());
        assertEquals(40, r.labelsCounted());
        assertTrue(r.meanAp() >= RECORDED_SAMPLE_MAP - 0.01, "mAP " + r.meanAp());
        assertTrue(r.meanAp() >= 0.90, "mAP " + r.meanAp());
    }

    @Test
    void confidencesAreSpreadNotSaturated() {
        float[][] p = Predict.sigmoid(logits);
        double mid = ConfidenceStats.fractionBetween(p, 0.05, 0.95);
        double extreme = 1 - ConfidenceStats.fractionBetween(p, 1e-4, 1 - 1e-4);
        assertTrue(mid > 0.05, "fraction in (0.05,0.95): " + mid);
        assertTrue(extreme < 0.5, "fraction saturated: " + extreme);
    }

    @Test
    void evalModeIsDeterministicAndLogitsLiveInTheImagesManager() {
        try (NDManager m = manager.newSubManager()) {
            NDArray x = sample.images(m, new int[] {0, 1, 2, 3});
            NDArray z1 = model.logits(x);
            NDArray z2 = model.logits(x);
            assertSame(m, z1.getManager(), "logits live in the images' manager (DJL trap 5)");
            assertArrayEquals(z1.toFloatArray(), z2.toFloatArray(), 0f);
            assertArrayEquals(Arrays.copyOf(logits[2], 40), z1.get(2).toFloatArray(), 1e-5f);
        }
    }

    @Test
    void dropoutActsOnlyInATrainingForward() {
        BundledModels.Resolved r = BundledModels.resolve("q2l_fashion");
        Block block = Architectures.build(Query2Label.ARCHITECTURE, 40);
        try (NDManager m = manager.newSubManager()) {
            DjlParams.load(block, m, r.weights(), r.weightsWhere());
            ParameterStore store = new ParameterStore(m, false);
            NDArray x = sample.images(m, new int[] {5, 6});
            float[] eval = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            assertArrayEquals(model.logits(x).toFloatArray(), eval, 0f);
            float[] train1 = block.forward(store, new NDList(x), true).singletonOrThrow().toFloatArray();
            float[] train2 = block.forward(store, new NDList(x), true).singletonOrThrow().toFloatArray();
            assertFalse(Arrays.equals(eval, train1), "dropout had no effect in training mode");
            assertFalse(Arrays.equals(train1, train2), "two training forwards drew the same dropout masks");
        }
    }

    /**
     * {@code set dropout = "train"} (the reference's Q2L quirk): the view drops out like a training forward, so two
     * calls differ and neither equals eval mode, gradients still reach the input, and the model itself stays in eval
     * mode (closing the view leaves it usable).
     */
    @Test
    void referenceDropoutViewIsStochasticAndLeavesTheModelInEvalMode() {
        try (NDManager m = manager.newSubManager()) {
            NDArray x = sample.images(m, new int[] {5, 6});
            float[] eval = model.logits(x).toFloatArray();
            DjlClassifier quirk = model.withReferenceDropout();
            float[] a = quirk.logits(x).toFloatArray();
            float[] b = quirk.logits(x).toFloatArray();
            assertFalse(Arrays.equals(eval, a), "dropout had no effect");
            assertFalse(Arrays.equals(a, b), "two forwards drew the same dropout masks");
            NDArray leaf = x.duplicate();
            leaf.setRequiresGradient(true);
            try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
                gc.backward(quirk.logits(leaf).sum());
            }
            assertTrue(leaf.getGradient().abs().sum().getFloat() > 0, "no gradient through the dropout view");
            quirk.close();
            assertArrayEquals(eval, model.logits(x).toFloatArray(), 0f);
        }
    }

    @Test
    void batchIndependence() {
        try (NDManager m = manager.newSubManager()) {
            int[] idx = {10, 11, 12, 13, 14, 15, 16, 17};
            float[] batch = model.logits(sample.images(m, idx)).toFloatArray();
            for (int k = 0; k < idx.length; k++) {
                float[] alone = model.logits(sample.images(m, new int[] {idx[k]})).toFloatArray();
                assertArrayEquals(alone, Arrays.copyOfRange(batch, 40 * k, 40 * (k + 1)), 1e-5f, "image " + k);
            }
        }
    }

    @Test
    void float64LoadMatchesFloat32() {
        try (DjlClassifier f64 = BundledModels.load("q2l_fashion", DataType.FLOAT64);
                NDManager m = manager.newSubManager()) {
            assertEquals(DataType.FLOAT64, f64.dataType());
            int[] idx = {0, 1, 2, 3, 4, 5, 6, 7};
            NDArray z64 = f64.logits(sample.images(m, idx).toType(DataType.FLOAT64, false));
            assertEquals(DataType.FLOAT64, z64.getDataType());
            NDArray z32 = model.logits(sample.images(m, idx));
            double max = z32.toType(DataType.FLOAT64, false).sub(z64).abs().max().getDouble();
            assertTrue(max < 1e-4, "max |float64 - float32| = " + max);
        }
    }

    /**
     * d(w·logits)/d(input) by autograd against central differences, in float64 on a noise image (exact max-pool
     * ties in flat images break differences): 24 random pixels, relative error below 1e-5.
     */
    @Test
    void float64InputGradientMatchesFiniteDifferences() {
        try (DjlClassifier f64 = BundledModels.load("q2l_fashion", DataType.FLOAT64);
                NDManager m = manager.newSubManager()) {
            Random r = new Random(7);
            double[] pixels = new double[56 * 56];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = r.nextDouble();
            }
            double[] weights = new double[40];
            for (int j = 0; j < weights.length; j++) {
                weights[j] = r.nextGaussian();
            }
            Shape shape = new Shape(1, 1, 56, 56);
            NDArray w = m.create(weights, new Shape(1, 40));
            NDArray x = m.create(pixels, shape);
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(f64.logits(x).mul(w).sum());
            }
            double[] grad = x.getGradient().toDoubleArray();
            double maxAbs = Arrays.stream(grad).map(Math::abs).max().orElse(0);
            assertTrue(maxAbs > 0, "all-zero input gradient (dead network?)");
            double h = 1e-6;
            double worst = 0;
            for (int k = 0; k < 24; k++) {
                int c = r.nextInt(pixels.length);
                double[] plus = pixels.clone();
                double[] minus = pixels.clone();
                plus[c] += h;
                minus[c] -= h;
                double fp = f64.logits(m.create(plus, shape)).mul(w).sum().getDouble();
                double fm = f64.logits(m.create(minus, shape)).mul(w).sum().getDouble();
                double fd = (fp - fm) / (2 * h);
                double rel = fd == 0 && grad[c] == 0 ? 0
                        : Math.abs(fd - grad[c]) / Math.max(Math.abs(fd), Math.abs(grad[c]));
                worst = Math.max(worst, rel);
            }
            assertTrue(worst < 1e-5, "worst relative error " + worst);
        }
    }

    @Test
    void sinePositionEncodingIsBoundedAndDistinctPerCell() {
        double[] e = SinePositionEncoding.grid(7, 7, 64);
        assertEquals(49 * 64, e.length);
        for (double v : e) {
            assertTrue(v >= -1 && v <= 1);
        }
        for (int a = 0; a < 49; a++) {
            for (int b = a + 1; b < 49; b++) {
                double d = 0;
                for (int c = 0; c < 64; c++) {
                    d += Math.abs(e[a * 64 + c] - e[b * 64 + c]);
                }
                assertTrue(d > 1e-3, "cells " + a + " and " + b + " share an encoding");
            }
        }
    }
}
