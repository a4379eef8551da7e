package dev.atk.stdlib.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.train.ConfidenceStats;
import dev.atk.stdlib.train.MeanAveragePrecision;
import dev.atk.stdlib.train.Predict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled fashion_cnn: loads, matches the recorded mAP, is not saturated, loads in float64. */
class DjlClassifierTest {
    /** Test mAP on the shipped 1000 scenes recorded in docs/models.md. */
    static final double RECORDED_SAMPLE_MAP = 0.9327;

    static DjlClassifier model;
    static NDManager manager;
    static SceneSet sample;
    static float[][] logits;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        model = BundledModels.load("fashion_cnn");
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
    void configAndHash() {
        ModelConfig c = model.config();
        assertEquals("fashion_cnn", c.name());
        assertEquals(FashionLabels.names(), c.labels());
        assertEquals(new ModelConfig.Input(1, 56, 56, 0, 1), c.input());
        assertTrue(model.weightsHash().matches("[0-9a-f]{64}"));
        assertEquals(DataType.FLOAT32, model.dataType());
    }

    @Test
    void meanAveragePrecisionOnShippedSample() {
        MeanAveragePrecision.Result r = MeanAveragePrecision.compute(logits, sample.labelMatrix());
        assertEquals(40, r.labelsCounted());
        assertTrue(r.meanAp() >= RECORDED_SAMPLE_MAP - 0.01, "mAP " + r.meanAp());
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
    void float64LoadGivesFloat64LogitsMatchingFloat32() {
        try (DjlClassifier f64 = BundledModels.load("fashion_cnn", DataType.FLOAT64);
                NDManager m = manager.newSubManager()) {
            assertEquals(DataType.FLOAT64, f64.dataType());
            assertEquals(model.weightsHash(), f64.weightsHash());
            int[] idx = {0, 1, 2, 3, 4, 5, 6, 7};
            NDArray x = sample.images(m, idx).toType(DataType.FLOAT64, false);
            NDArray z64 = f64.logits(x);
            assertEquals(DataType.FLOAT64, z64.getDataType());
            double[] a = z64.toDoubleArray();
            for (int k = 0; k < a.length; k++) {
                assertEquals(logits[idx[k / 40]][k % 40], a[k], 3e-5 * Math.max(1, Math.abs(a[k])));
            }
            NDArray z32 = model.logits(sample.images(m, idx));
            double max = z32.toType(DataType.FLOAT64, false).sub(z64).abs().max().getDouble();
            assertTrue(max < 3e-5, "max |float64 - float32| = " + max);
        }
    }

    @Test
    void inputGradientIsNonZeroAndEvalIsDeterministic() {
        try (NDManager m = manager.newSubManager()) {
            NDArray x = sample.images(m, new int[] {3, 4});
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray z = model.logits(x);
                assertSame(m, z.getManager(), "logits live in the images' manager (DJL trap 5)");
                gc.backward(z.sum());
            }
            assertTrue(x.getGradient().abs().sum().getFloat() > 0, "dead network: zero input gradient");
            assertArrayEquals(model.logits(sample.images(m, new int[] {3})).toFloatArray(),
                    Arrays.copyOf(logits[3], 40), 1e-5f);
        }
    }

    @Test
    void wrongInputShapeIsRejected() {
        try (NDManager m = manager.newSubManager()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.logits(m.zeros(new Shape(2, 3, 56, 56))));
            assertTrue(e.getMessage().contains("expects B×1×56×56"), e.getMessage());
        }
    }

    @Test
    void missingCorruptOrMismatchedWeightsGiveOneLineModelException() throws IOException {
        ModelConfig base = model.config();
        Path cfg = dir.resolve("m.json");
        ModelConfigLoader.write(base, cfg);
        String m1 = assertThrows(ModelException.class, () -> DjlClassifier.load(cfg)).getMessage();
        assertTrue(m1.endsWith("weights file not found"), m1);

        BundledModels.Resolved r = BundledModels.resolve("fashion_cnn");
        Path w = dir.resolve(base.weights());
        Files.createDirectories(w.getParent());
        Files.write(w, Arrays.copyOf(r.weights(), r.weights().length / 2));
        String m2 = assertThrows(ModelException.class, () -> DjlClassifier.load(cfg)).getMessage();
        assertTrue(m2.contains("truncated weights file") || m2.contains("corrupt weights file"), m2);

        Files.writeString(w, "not weights at all");
        String m3 = assertThrows(ModelException.class, () -> DjlClassifier.load(cfg)).getMessage();
        assertTrue(m3.contains("not a DJL .params weights file"), m3);

        Files.write(w, r.weights());
        ModelConfig fewer = new ModelConfig(base.name(), base.format(), base.architecture(), base.weights(),
                base.labels().subList(0, 10), base.input(), base.output(), base.threshold(), null, null);
        ModelConfigLoader.write(fewer, cfg);
        String m4 = assertThrows(ModelException.class, () -> DjlClassifier.load(cfg)).getMessage();
        assertTrue(m4.contains(w.toString()), m4);
        for (String msg : new String[] {m1, m2, m3, m4}) {
            assertTrue(!msg.contains("\n"), msg);
        }
        String m5 = assertThrows(ModelException.class, () -> BundledModels.load("no_such_model")).getMessage();
        assertTrue(m5.startsWith("unknown model 'no_such_model'"), m5);
    }
}
