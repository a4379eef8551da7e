package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference checks, in float64 on noise images (flat images make max-pool ties that break differences), of
 * d loss / d input as the attack computes it ({@link MiFgsmState#inputGradient}): central differences on ~20 random
 * coordinates, relative error below 1e-5, for BCE, linear and SLAM.
 */
class GradientCheckTest {

    @org.junit.jupiter.api.BeforeAll
    static void threads() {
        dev.atk.stdlib.attack.TestThreads.single();
    }
    private static final Loss[] LOSSES = {BceLoss.INSTANCE, LinearLoss.INSTANCE, new SlamLoss(0.5, 0.4)};

    static void check(Classifier model, NDArray x, String what) {
        NDManager m = x.getManager();
        int batch = (int) x.getShape().get(0);
        NDArray y0 = Activation.sigmoid(model.logits(x));
        NDArray t = y0.gt(0.5).logicalNot().toType(DataType.FLOAT64, false);
        int labels = (int) y0.getShape().get(1);
        double[] base = x.toDoubleArray();
        Shape shape = x.getShape();
        Random r = new Random(42);
        int[] coords = new int[20];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = r.nextInt(base.length);
        }
        double h = 1e-6;
        for (Loss loss : LOSSES) {
            double[] grad = MiFgsmState.inputGradient(model, x, loss, t, null, (double) batch * labels)
                    .toDoubleArray();
            double maxAbs = 0;
            for (double g : grad) {
                maxAbs = Math.max(maxAbs, Math.abs(g));
            }
            assertTrue(maxAbs > 0, what + " " + loss.describe() + ": all-zero input gradient (dead network?)");
            double worst = 0;
            for (int c : coords) {
                double[] plus = base.clone();
                double[] minus = base.clone();
                plus[c] += h;
                minus[c] -= h;
                double lp = value(model, loss, m.create(plus, shape), t);
                double lm = value(model, loss, m.create(minus, shape), t);
                double fd = (lp - lm) / (2 * h);
                double rel = Math.abs(fd - grad[c]) / Math.max(Math.max(Math.abs(fd), Math.abs(grad[c])), 1e-300);
                if (fd == 0 && grad[c] == 0) {
                    rel = 0;
                }
                worst = Math.max(worst, rel);
            }
            assertTrue(worst < 1e-5, what + " " + loss.describe() + ": worst relative error " + worst);
        }
    }

    private static double value(Classifier model, Loss loss, NDArray x, NDArray t) {
        return loss.value(Activation.sigmoid(model.logits(x)), t, null).getDouble();
    }

    @Test
    void tinyCnnFloat64() {
        try (NDManager m = NDManager.newBaseManager(); TinyCnn net = new TinyCnn(m, 3, DataType.FLOAT64, 16, 6)) {
            check(net, TinyCnn.noise(m, 8, 2, 16, DataType.FLOAT64), "tiny cnn");
        }
    }

    @Test
    void bundledModelFloat64() {
        Path config = Path.of(System.getProperty("atk.home", "."), "models", "fashion_cnn.json");
        Assumptions.assumeTrue(Files.isRegularFile(config), "no bundled model at " + config);
        try (NDManager m = NDManager.newBaseManager();
                Classifier net = BundledModels.load("fashion_cnn", DataType.FLOAT64)) {
            Random r = new Random(5);
            double[] v = new double[56 * 56];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextDouble();
            }
            check(net, m.create(v, new Shape(1, 1, 56, 56)), "fashion_cnn");
        }
    }
}
