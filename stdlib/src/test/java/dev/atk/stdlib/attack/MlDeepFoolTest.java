package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ML-DeepFool and its batched Jacobian: closed forms on linear models, and the Jacobian against per-label gradients. */
class MlDeepFoolTest {
    static final int SIZE = 8;
    static NDManager manager;

    @BeforeAll
    static void setUp() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    @Test
    void oneLabelOfALinearModelFlipsInOneNewtonStepAlongItsWeights() {
        Random r = new Random(2);
        double[] w = new double[SIZE * SIZE];
        double sq = 0;
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextGaussian();
            sq += w[k] * w[k];
            sum += w[k];
        }
        // z = w·x + b = −1 at x = 0.5: f = σ(−1) < 0.5, so the target is +1
        try (LinearModel model = new LinearModel(manager, new double[][] {w}, new double[] {-1 - 0.5 * sum}, SIZE);
             NDManager m = manager.newSubManager()) {
            List<AttackOutcome> out = new MlDeepFool(model, 0.5, 0, 1, MlDeepFool.MAX_ITER, true)
                    .run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, false, RunControl.none());
            AttackOutcome o = out.get(0);
            double f = 1 / (1 + Math.exp(1));
            // the linearised step reaches σ = 0.5: Δz = (0.5 − f)/σ'(z), along w, so ‖Δr‖₂ = Δz/‖w‖₂
            double dz = (0.5 - f) / (f * (1 - f));
            assertEquals(1, o.flips());
            assertEquals(1, o.iterations(), "σ is convex below 0: the tangent step overshoots the threshold");
            assertEquals(dz / Math.sqrt(sq), o.l2(), 1e-6); // f crosses to the host as float32
            assertTrue(Double.isNaN(o.budget()), "a minimal-perturbation attack has no budget");
        }
    }

    @Test
    void independentLabelsTakeTheirOwnStepsAtOnce() {
        // two labels reading disjoint halves of the image: PᵀP is diagonal and both flip in the same iteration
        int d = SIZE * SIZE;
        double[] w1 = new double[d];
        double[] w2 = new double[d];
        for (int k = 0; k < d / 2; k++) {
            w1[k] = 0.5;
            w2[d / 2 + k] = -0.25;
        }
        try (LinearModel model = new LinearModel(manager, new double[][] {w1, w2},
                new double[] {-2 - 0.5 * 0.5 * d / 2, 2 + 0.5 * 0.25 * d / 2}, SIZE);
             NDManager m = manager.newSubManager()) {
            AttackOutcome o = new MlDeepFool(model, 0.5, 0, 1, MlDeepFool.MAX_ITER, false)
                    .run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, true, RunControl.none()).get(0);
            assertEquals(2, o.flips());
            assertEquals(1, o.iterations());
            float[] adv = o.image().adversarial();
            assertTrue(adv[0] > 0.5f, "label 0 (positive weights) is pushed up: its pixels brighten");
            assertTrue(adv[d - 1] > 0.5f, "label 1 (negative weights, clean positive) is pushed down: its pixels "
                    + "brighten too");
        }
    }

    @Test
    void onACnnTheBestNeverLosesLabelsAndTheRunIsRepeatable() {
        try (TinyCnn model = new TinyCnn(manager, 3, DataType.FLOAT64, SIZE, 6); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 9, 3, SIZE, DataType.FLOAT64);
            MlDeepFool attack = new MlDeepFool(model, 0.5, 0, 1, MlDeepFool.MAX_ITER, true);
            List<AttackOutcome> a = attack.run(m, x, new int[] {0, 1, 2}, false, RunControl.none());
            List<AttackOutcome> b = attack.run(m, x, new int[] {0, 1, 2}, false, RunControl.none());
            int flips = 0;
            for (int i = 0; i < 3; i++) {
                assertEquals(a.get(i).flips(), b.get(i).flips());
                assertArrayEquals(a.get(i).adversarial(), b.get(i).adversarial());
                assertTrue(a.get(i).iterations() >= 1 && a.get(i).iterations() <= MlDeepFool.MAX_ITER);
                assertTrue(a.get(i).linf() <= 1.0);
                flips += a.get(i).flips();
            }
            assertTrue(flips > 0, "unbounded steps on a small random CNN flip labels");
        }
    }

    @Test
    void theBatchedJacobianIsEachLabelsOwnGradient() {
        try (TinyCnn model = new TinyCnn(manager, 4, DataType.FLOAT64, SIZE, 5); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 3, 2, SIZE, DataType.FLOAT64);
            Jacobian j = Jacobian.ofConfidences(model, x);
            NDArray jac = j.matrix();
            assertArrayEquals(Activation.sigmoid(model.logits(x)).toDoubleArray(), j.confidences().toDoubleArray(),
                    1e-12, "the same forward pass gives the confidences");
            assertEquals(new Shape(2, 5, SIZE * SIZE), jac.getShape());
            for (int label = 0; label < 5; label++) {
                NDArray leaf = x.duplicate();
                leaf.setRequiresGradient(true);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    gc.backward(Activation.sigmoid(model.logits(leaf)).get(":, " + label).sum());
                }
                double[] direct = leaf.getGradient().reshape(2, -1).toDoubleArray();
                double[] batched = jac.get(":, " + label + ", :").toDoubleArray();
                assertArrayEquals(direct, batched, 1e-12, "label " + label);
            }
        }
    }
}
