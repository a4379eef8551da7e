package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The top-k losses on hand-picked logits (ALGORITHMS.md §13's TkML-AP-U identity) and clip_eta's L2 projection. */
class TopKLossTest {
    static NDManager manager;
    /** Sorted descending: 0 (3.0), 2 (2.5), 5 (1.8), 1 (1.0), 4 (0.7), 3 (−0.5). */
    static final double[] F = {3.0, 1.0, 2.5, -0.5, 0.7, 1.8};

    @BeforeAll
    static void setUp() {
        TestThreads.single();
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    private static NDArray row(NDManager m, double... v) {
        return m.create(v, new Shape(1, v.length));
    }

    @Test
    void untargetedLossIsTheMeanOfTheLargestMarginsAndLambdaIsRealMinusTheKPlusOnethLogit() {
        try (NDManager m = manager.newSubManager()) {
            NDArray gt = row(m, 0, 1, 0, 0, 1, 0); // GT {1, 4}: real = max(1.0, 0.7) = 1.0
            // t = real − f = [−2, 0, −1.5, 1.5, 0.3, −0.8]; its C − k = 4 largest: 1.5, 0.3, 0, −0.8
            assertEquals(0.25, TopKLosses.untargeted(row(m, F), gt, 2).getDouble(0), 1e-12);
            // λ = the 4th largest t = real − (the 3rd largest logit, 1.8)
            assertEquals(-0.8, TopKLosses.untargetedLambda(row(m, F), gt, 2).getDouble(0, 0), 1e-12);
            // k = 4: the two largest t, 1.5 and 0.3
            assertEquals(0.9, TopKLosses.untargeted(row(m, F), gt, 4).getDouble(0), 1e-12);
        }
    }

    @Test
    void theIdentityHoldsOnRandomLogitsPerImageInABatch() {
        Random r = new Random(7);
        int batch = 4;
        int labels = 9;
        double[] f = new double[batch * labels];
        double[] gt = new double[batch * labels];
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextGaussian() * 3;
            gt[i] = r.nextInt(3) == 0 ? 1 : 0;
        }
        for (int b = 0; b < batch; b++) {
            gt[b * labels + b] = 1; // at least one GT label per image
        }
        try (NDManager m = manager.newSubManager()) {
            for (int k = 1; k < labels; k++) {
                double[] loss = TopKLosses.untargeted(m.create(f, new Shape(batch, labels)),
                        m.create(gt, new Shape(batch, labels)), k).toDoubleArray();
                for (int b = 0; b < batch; b++) {
                    double real = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < labels; j++) {
                        if (gt[b * labels + j] == 1) {
                            real = Math.max(real, f[b * labels + j]);
                        }
                    }
                    double[] t = new double[labels];
                    for (int j = 0; j < labels; j++) {
                        t[j] = real - f[b * labels + j];
                    }
                    Arrays.sort(t);
                    double mean = 0;
                    for (int j = k; j < labels; j++) {
                        mean += t[j] / (labels - k);
                    }
                    assertEquals(mean, loss[b], 1e-9, "image " + b + ", k = " + k + " (each image's own max)");
                }
            }
        }
    }

    @Test
    void theGradientFlowsThroughLambdaAndTheGroundTruthMax() {
        try (NDManager m = manager.newSubManager()) {
            NDArray f = row(m, F);
            f.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(TopKLosses.untargeted(f, row(m, 0, 1, 0, 0, 1, 0), 2).sum());
            }
            // d mean(top-4 t)/df: −1/4 on labels 3, 4, 5 (their t are in the top 4), +3/4 on the max GT label 1
            // (it sits in the three other margins; its own t = 0 is constant). Detaching λ would give another vector.
            assertArrayEquals(new double[] {0, 0.75, 0, -0.25, -0.25, -0.25}, f.getGradient().toDoubleArray(), 1e-12);
        }
    }

    @Test
    void targetedHingeAndTieTerm() {
        try (NDManager m = manager.newSubManager()) {
            NDArray tlab = row(m, -1, -1, -1, 1, 1, -1); // T = {3, 4}; λ = the 2nd largest logit, 2.5
            // max(0, −(2.5 − 3)) + max(0, 2.5 + 0.5) + max(0, 2.5 − 0.7) = 0.5 + 3 + 1.8
            assertEquals(5.3, TopKLosses.targeted(row(m, F), tlab, 2, 0).getDouble(0), 1e-12);
            // + 0.1·Σ(1 − tlab·f)² = 0.1·(16 + 4 + 12.25 + 2.25 + 0.09 + 7.84)
            assertEquals(5.3 + 4.243, TopKLosses.targeted(row(m, F), tlab, 2, 0.2).getDouble(0), 1e-12);
            NDArray reached = row(m, 0, 0, 0, 2, 3, 0); // T on top: the hinge is 0
            assertEquals(0, TopKLosses.targeted(reached, tlab, 2, 0).getDouble(0), 1e-12);
        }
    }

    @Test
    void mlapIsTheGapBetweenTheBestOtherAndTheWorstTarget() {
        try (NDManager m = manager.newSubManager()) {
            NDArray t = row(m, 0, 0, 0, 1, 1, 0);
            assertEquals(3.0 - -0.5, TopKLosses.mlap(row(m, F), t).getDouble(0), 1e-12);
            assertEquals(0, TopKLosses.mlap(row(m, 0, 0, 0, 2, 3, 1), t).getDouble(0), 1e-12);
            // two images, each with its own max and min (the reference's max is batch-global)
            NDArray two = m.create(new double[] {3, 0, 0, 1, 1, 0, 0, 0, 0, 2, 3, 1}, new Shape(2, 6));
            NDArray tt = m.create(new double[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0}, new Shape(2, 6));
            assertArrayEquals(new double[] {2, 0}, TopKLosses.mlap(two, tt).toDoubleArray(), 1e-12);
        }
    }

    @Test
    void kMustLeaveAtLeastOneLabelOutside() {
        try (NDManager m = manager.newSubManager()) {
            assertThrows(IllegalArgumentException.class,
                    () -> TopKLosses.untargeted(row(m, F), row(m, 1, 0, 0, 0, 0, 0), 6));
        }
    }

    @Test
    void clipEtaShrinksOnlyImagesOutsideTheBallAndHasAFiniteGradientAtZero() {
        try (NDManager m = manager.newSubManager()) {
            // image 0: ‖η‖ = 5 → shrunk to 2 along η; image 1: ‖η‖ = 1 → kept; image 2: 0 → 0
            NDArray eta = m.create(new double[] {3, 4, 0, 0, 0.6, 0.8, 0, 0, 0, 0, 0, 0}, new Shape(3, 1, 2, 2));
            eta.setRequiresGradient(true);
            NDArray clipped;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                clipped = TopKBox.clipL2(eta, 2);
                gc.backward(clipped.sum());
            }
            assertArrayEquals(new double[] {1.2, 1.6, 0, 0, 0.6, 0.8, 0, 0, 0, 0, 0, 0}, clipped.toDoubleArray(), 1e-12);
            assertArrayEquals(new double[] {2, 1, 0}, TopKBox.norms(clipped), 1e-12);
            for (double g : eta.getGradient().toDoubleArray()) {
                assertEquals(false, Double.isNaN(g) || Double.isInfinite(g), "finite gradient");
            }
            // d/dη of Σ(η·eps/‖η‖) for image 0: eps/‖η‖·(1 − η·Ση/‖η‖²) = 0.4·(1 − (3, 4)·7/25)
            assertEquals(0.4 * (1 - 3 * 7 / 25.0), eta.getGradient().getDouble(0, 0, 0, 0), 1e-12);
            assertArrayEquals(new double[] {-1, -0.5, 0.25, 1}, TopKBox.clipLinf(
                    m.create(new double[] {-3, -0.5, 0.25, 7}), 1).toDoubleArray(), 0);
        }
    }
}
