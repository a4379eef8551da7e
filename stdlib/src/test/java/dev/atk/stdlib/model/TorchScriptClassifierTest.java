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
import dev.atk.stdlib.data.SceneSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TorchScript fixture ({@code models/fashion_ts}, fashion_cnn_v2 trained in PyTorch and traced) through the real
 * TorchScript path: loads, runs in eval mode with input gradients, agrees with the DJL-format architecture given the
 * same weights, and its gradients agree with finite differences.
 */
class TorchScriptClassifierTest {
    static TorchScriptClassifier model;
    static NDManager manager;
    static SceneSet scenes;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        model = (TorchScriptClassifier) BundledModels.open("fashion_ts");
        manager = NDManager.newBaseManager();
        scenes = BundledScenes.load();
    }

    @AfterAll
    static void close() {
        model.close();
        manager.close();
    }

    @Test
    void loadsAsTorchScriptWithItsConfig() {
        ModelConfig c = model.config();
        assertEquals("torchscript", c.format());
        assertEquals(40, c.numLabels());
        assertEquals(64, model.weightsHash().length());
        try (NDManager m = manager.newSubManager()) {
            NDArray x = scenes.images(m, new int[] {0, 1, 2});
            NDArray z = model.logits(x);
            assertEquals(new Shape(3, 40), z.getShape());
            assertSame(m, z.getManager(), "logits live in the caller's manager (flat memory per iteration)");
            assertArrayEquals(z.toFloatArray(), model.logits(x.duplicate()).toFloatArray(), "eval mode: repeatable");
        }
    }

    @Test
    void sameLogitsAndGradientsAsTheDjlArchitectureWithTheSameWeights() throws IOException {
        try (DjlClassifier djl = SameWeights.inDjl(model, DataType.FLOAT32); NDManager m = manager.newSubManager()) {
            NDArray images = scenes.images(m, new int[] {3, 4, 5, 6, 7, 8, 9, 10});
            float[] zTs = model.logits(images).toFloatArray();
            float[] zDjl = djl.logits(images).toFloatArray();
            assertTrue(maxRelative(zTs, zDjl) < 1e-5, "logits differ by " + maxRelative(zTs, zDjl));
            float[] gTs = inputGradient(model, images);
            float[] gDjl = inputGradient(djl, images);
            assertTrue(maxAbs(gTs) > 0, "a dead network would pass trivially (STACK trap 8)");
            assertTrue(maxRelative(gTs, gDjl) < 1e-4, "gradients differ by " + maxRelative(gTs, gDjl));
        }
    }

    @Test
    void gradientAgreesWithFiniteDifferences() throws IOException {
        // Directional derivatives of sum(logits) along random directions: the TorchScript gradient against central
        // differences of the same weights in float64 (exact enough to resolve them; float32 rounding would not).
        Engine.getInstance().setRandomSeed(11);
        try (DjlClassifier f64 = SameWeights.inDjl(model, DataType.FLOAT64); NDManager m = manager.newSubManager()) {
            // a noise image: the scenes' flat black background makes exact max-pool ties, where the function has
            // kinks and central differences mean nothing (STACK trap 7)
            NDArray x32 = m.randomUniform(0.2f, 0.8f, new ai.djl.ndarray.types.Shape(1, 1, 56, 56));
            float[] g = inputGradient(model, x32);
            NDArray x = x32.toType(DataType.FLOAT64, false);
            Random random = new Random(7);
            double h = 1e-6;
            for (int trial = 0; trial < 5; trial++) {
                double[] d = new double[(int) x.size()];
                for (int k = 0; k < d.length; k++) {
                    d[k] = random.nextGaussian();
                }
                NDArray dir = m.create(d, x.getShape());
                double plus = f64.logits(x.add(dir.mul(h))).sum().getDouble();
                double minus = f64.logits(x.sub(dir.mul(h))).sum().getDouble();
                double numeric = (plus - minus) / (2 * h);
                double analytic = 0;
                for (int k = 0; k < d.length; k++) {
                    analytic += g[k] * d[k];
                }
                assertEquals(numeric, analytic, 1e-4 * Math.max(1, Math.abs(numeric)),
                        "direction " + trial + ": finite difference " + numeric + " vs TorchScript " + analytic);
            }
        }
    }

    @Test
    void aFileThatIsNotTorchScriptIsOneMessageNamingTheField() throws IOException {
        Path config = writeConfig("{\"name\":\"x\",\"format\":\"torchscript\",\"weights\":\"x.pt\",\"labels\":[\"a\"],"
                + "\"input\":{\"channels\":1,\"height\":56,\"width\":56,\"min\":0,\"max\":1},\"output\":\"logits\","
                + "\"threshold\":0.5}");
        Files.writeString(dir.resolve("x.pt"), "this is not a zip archive");
        ModelException e = assertThrows(ModelException.class, () -> BundledModels.open(config.toString()));
        assertTrue(e.getMessage().contains("x.pt: not a TorchScript module (field 'weights'"), e.getMessage());
    }

    @Test
    void aLabelCountThatDoesNotMatchTheModuleNamesTheLabelsField() throws IOException {
        Path config = copyFixture("[\"a\",\"b\",\"c\"]", 56);
        ModelException e = assertThrows(ModelException.class, () -> BundledModels.open(config.toString()));
        assertTrue(e.getMessage().contains("config's 'labels' lists 3 labels"), e.getMessage());
    }

    @Test
    void anInputSizeTheModuleCannotTakeNamesTheInputField() throws IOException {
        StringBuilder labels = new StringBuilder("[");
        for (int j = 0; j < 40; j++) {
            labels.append(j == 0 ? "" : ",").append("\"l").append(j).append('"');
        }
        Path config = copyFixture(labels + "]", 28);
        ModelException e = assertThrows(ModelException.class, () -> BundledModels.open(config.toString()));
        assertTrue(e.getMessage().contains("the model does not take input 1×28×28 (fix 'input' in the config)"),
                e.getMessage());
    }

    @Test
    void aTemplateWithoutWeightsSaysHowToExportThem() {
        ModelException e = assertThrows(ModelException.class, () -> BundledModels.open("q2l_coco"));
        assertTrue(e.getMessage().contains("weights file of model q2l_coco not found: export the checkpoint with "
                + "tools/export_torchscript.py"), e.getMessage());
    }

    private Path copyFixture(String labels, int size) throws IOException {
        Files.write(dir.resolve("f.pt"), BundledModels.resolve("fashion_ts").weights());
        return writeConfig("{\"name\":\"f\",\"format\":\"torchscript\",\"weights\":\"f.pt\",\"labels\":" + labels
                + ",\"input\":{\"channels\":1,\"height\":" + size + ",\"width\":" + size + ",\"min\":0,\"max\":1},"
                + "\"output\":\"logits\",\"threshold\":0.5}");
    }

    private Path writeConfig(String json) throws IOException {
        Path config = dir.resolve("x.json");
        Files.writeString(config, json);
        return config;
    }

    static float[] inputGradient(Classifier c, NDArray images) {
        NDArray x = images.duplicate();
        x.setRequiresGradient(true);
        try (GradientCollector g = Engine.getInstance().newGradientCollector()) {
            g.backward(c.logits(x).sum());
        }
        return x.getGradient().toType(DataType.FLOAT32, false).toFloatArray();
    }

    static double maxAbs(float[] a) {
        double m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    static double maxRelative(float[] a, float[] b) {
        double scale = Math.max(maxAbs(a), 1e-12);
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            m = Math.max(m, Math.abs(a[k] - b[k]));
        }
        return m / scale;
    }
}
