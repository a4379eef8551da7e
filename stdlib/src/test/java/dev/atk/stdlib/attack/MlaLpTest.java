package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.CancelledException;
import dev.atk.spi.RunControl;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MLA-LP on linear models, where every LP has a closed-form optimum: a label whose logit is w·x + b needs, to bring its
 * linearised BCE from BCE(f) to the target loss L, the L∞ step z = (BCE(f) − L)/(|f − t|·‖w‖₁) on every pixel
 * against the sign of its loss gradient, which moves the logit by z·‖w‖₁. BCE is convex in the logit, so the
 * linearised step never quite reaches the threshold: one label needs two iterations.
 */
class MlaLpTest {
    static final int SIZE = 8;
    static final int D = SIZE * SIZE;
    static NDManager manager;

    @BeforeAll
    static void setUp() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    /** Random weights with no zero (so the LP's step is unique) and the bias that puts the grey image at {@code logit}. */
    static double[] weights(long seed) {
        Random r = new Random(seed);
        double[] w = new double[D];
        for (int k = 0; k < D; k++) {
            w[k] = r.nextGaussian();
        }
        return w;
    }

    static double bias(double[] w, double logit) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        return logit - 0.5 * sum;
    }

    static double l1(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** A label pushed up (t = 1) from logit −1, fixed mode: its two LP steps z1 (to f ≥ 0.5) and z2 (to f ≥ 0.55). */
    static double[] pushUpSteps(double l1) {
        double f0 = sigmoid(-1);
        double z1 = -Math.log(2 * f0) / ((1 - f0) * l1); // BCE(f0, 1) − BCE(0.5, 1) = −log f0 − log 2
        double f1 = sigmoid(-1 + z1 * l1);
        assertTrue(f1 < 0.5 && 1 - f1 < 0.6, "the first step undershoots and is close: th → 0.45");
        double z2 = Math.log(0.55 / f1) / ((1 - f1) * l1); // from −log f1 to −log(1 − 0.45)
        assertTrue(sigmoid(-1 + (z1 + z2) * l1) > 0.5, "the second step flips it");
        return new double[] {z1, z2};
    }

    @Test
    void oneLabelTakesTwoLinfMinimalStepsAndFlips() {
        double[] w = weights(2);
        double[] z = pushUpSteps(l1(w));
        try (LinearModel model = new LinearModel(manager, new double[][] {w}, new double[] {bias(w, -1)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, false);
            AtomicLong progress = new AtomicLong();
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, null, true,
                    CountingControl.counting(progress)).get(0);
            assertEquals(1, o.flips());
            assertEquals(2, o.iterations());
            assertEquals(z[0] + z[1], o.linf(), 1e-9, "every pixel moved by z1, then by z2");
            float[] adv = o.image().adversarial();
            for (int k = 0; k < D; k++) {
                assertEquals(0.5 + (z[0] + z[1]) * Math.signum(w[k]), adv[k], 1e-6, "pixel " + k);
            }
            assertTrue(Double.isNaN(o.budget()));
            MlaLp.Stats s = attack.lastStats();
            assertEquals(2, s.iterations(), "the third iteration finds the image frozen");
            assertEquals(2, s.lps());
            assertEquals(2, s.solves(), "one row: each LP's first start is its optimum");
            assertTrue(s.maxGap() <= LinearProgram.GAP);
            assertEquals(D + 1, s.variables());
            assertEquals(1, s.constraints());
            assertEquals(1 + 2 * D, s.referenceConstraints());
            assertEquals(2, progress.get(), "one image-iteration per image and iteration");
        }
    }

    @Test
    void aStepThatDoesNotFlipIsNotKept() {
        double[] w = weights(2);
        try (LinearModel model = new LinearModel(manager, new double[][] {w}, new double[] {bias(w, -1)}, SIZE);
             NDManager m = manager.newSubManager()) {
            AttackOutcome o = new MlaLp(model, 0.5, 0, 1, 1, false)
                    .run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, null, false, RunControl.none()).get(0);
            assertEquals(0, o.flips());
            assertEquals(1, o.iterations());
            assertEquals(0, o.linf(), "as many labels as the clean image, with a larger RMS: the clean image stays");
        }
    }

    @Test
    void faithfullyALabelPushedUpStallsOnItsLoweredThreshold() {
        // after the first step the reference lowers th to 0.45 and asks for BCE(0.45, 1): f ≥ 0.45 already holds,
        // so the LP's optimum is r = 0 and the image is dropped as failed, keeping the clean image
        double[] w = weights(2);
        double f1 = sigmoid(-1 + pushUpSteps(l1(w))[0] * l1(w));
        assertTrue(f1 > 0.45 && f1 < 0.5);
        try (LinearModel model = new LinearModel(manager, new double[][] {w}, new double[] {bias(w, -1)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, true);
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, null, false,
                    RunControl.none()).get(0);
            assertEquals(0, o.flips());
            assertEquals(2, o.iterations());
            assertEquals(0, o.linf());
            assertEquals(2, attack.lastStats().iterations(), "dropped: the third iteration has nothing to do");
        }
    }

    @Test
    void twoLabelsOnDisjointPixelsMoveTogether() {
        // label 0 reads the first half (+0.5), clean logit −1, pushed up; label 1 the second half (−0.5), clean
        // logit +1, pushed down: mirror images, so both need the same z per step and every pixel brightens
        double[] w0 = new double[D];
        double[] w1 = new double[D];
        for (int k = 0; k < D / 2; k++) {
            w0[k] = 0.5;
            w1[D / 2 + k] = -0.5;
        }
        double[] z = pushUpSteps(16);
        try (LinearModel model = new LinearModel(manager, new double[][] {w0, w1},
                new double[] {bias(w0, -1), bias(w1, 1)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, false);
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, null, true,
                    RunControl.none()).get(0);
            assertEquals(2, o.flips());
            assertEquals(2, o.iterations());
            assertEquals(z[0] + z[1], o.linf(), 1e-9);
            for (float p : o.image().adversarial()) {
                assertEquals(0.5 + z[0] + z[1], p, 1e-6);
            }
            assertEquals(2, attack.lastStats().constraints());
        }
    }

    @Test
    void aFreeLabelHasNoRowAndDoesNotCountTowardTheGoal() {
        // label 0 pushed up exactly as in the one-label case; label 1 (its own weights) is left free by the objective
        double[] w = weights(2);
        double[] other = weights(9);
        double[] z = pushUpSteps(l1(w));
        try (LinearModel model = new LinearModel(manager, new double[][] {w, other},
                new double[] {bias(w, -1), bias(other, 3)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, false);
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0},
                    new float[][] {{1f, Float.NaN}}, false, RunControl.none()).get(0);
            assertEquals(z[0] + z[1], o.linf(), 1e-9, "the free label adds no constraint: the one-label steps");
            assertEquals(2, attack.lastStats().iterations(), "frozen once the one cared label matches");
            assertEquals(1, attack.lastStats().constraints());
            assertEquals(7.0, o.measures().get("queries"), "clean + 2 × (2 Jacobian rows + 1)");
        }
    }

    @Test
    void aTargetAlreadyMetIsFrozenBeforeAnyLp() {
        double[] w = weights(3);
        try (LinearModel model = new LinearModel(manager, new double[][] {w, w},
                new double[] {bias(w, -1), bias(w, 2)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, true);
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, new float[][] {{0, 1}},
                    false, RunControl.none()).get(0);
            assertEquals(0, o.flips());
            assertEquals(0, o.iterations());
            assertEquals(0, o.linf());
            assertEquals(0, attack.lastStats().lps());
        }
    }

    @Test
    void anUnreachableTargetIsInfeasibleAndTheImageFails() {
        double[] w = new double[D];
        java.util.Arrays.fill(w, 1e-3); // ‖w‖₁ = 0.064: even ‖r‖∞ = 1 moves the logit by 0.064
        try (LinearModel model = new LinearModel(manager, new double[][] {w}, new double[] {bias(w, -3)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, true);
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, null, false,
                    RunControl.none()).get(0);
            assertEquals(0, o.flips());
            assertEquals(1, o.iterations(), "r = 0: dropped after its first LP");
            assertEquals(0, o.linf());
            assertEquals(1, attack.lastStats().lps());
        }
    }

    @Test
    void aSaturatedLabelHasNoLossGradientAndLeavesTheLp() {
        // label 1's logit is 20: 1 − σ ≈ 2e−9, beyond the clamp but with a non-zero σ', so only the clamp's zero
        // gradient (as torch's) empties its loss row; the LP then has label 0's row alone: a one-label model's steps
        double[] w = weights(2);
        double[] flat = new double[D];
        java.util.Arrays.fill(flat, 0.1);
        double[] z = pushUpSteps(l1(w));
        try (LinearModel model = new LinearModel(manager, new double[][] {w, flat},
                new double[] {bias(w, -1), bias(flat, 20)}, SIZE);
             NDManager m = manager.newSubManager()) {
            MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, false);
            AttackOutcome o = attack.run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, new float[][] {{1, 1}},
                    false, RunControl.none()).get(0);
            assertEquals(1, attack.lastStats().constraints());
            assertEquals(z[0] + z[1], o.linf(), 1e-9);
            assertEquals(1, o.flips());
        }
    }

    @Test
    void onACnnTheRunIsRepeatableAndEachImageAsIfAlone() {
        try (TinyCnn model = new TinyCnn(manager, 3, DataType.FLOAT64, SIZE, 6); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 9, 3, SIZE, DataType.FLOAT64);
            for (boolean faithful : new boolean[] {true, false}) {
                MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, faithful);
                List<AttackOutcome> a = attack.run(m, x, new int[] {0, 1, 2}, null, false, RunControl.none());
                List<AttackOutcome> b = attack.run(m, x, new int[] {0, 1, 2}, null, false, RunControl.none());
                AttackOutcome alone = attack.run(m, x.get("1:2"), new int[] {1}, null, false, RunControl.none())
                        .get(0);
                int flips = 0;
                for (int i = 0; i < 3; i++) {
                    assertEquals(a.get(i).flips(), b.get(i).flips());
                    assertEquals(a.get(i).linf(), b.get(i).linf(), 1e-9);
                    assertTrue(a.get(i).iterations() >= 1 && a.get(i).iterations() <= MlaLp.MAX_ITER);
                    assertTrue(a.get(i).linf() <= 1.0);
                    flips += a.get(i).flips();
                }
                assertEquals(a.get(1).flips(), alone.flips(), "faithful " + faithful);
                assertEquals(a.get(1).linf(), alone.linf(), 1e-6);
                assertTrue(flips > 0, "faithful " + faithful + ": LP steps on a small random CNN flip labels");
            }
        }
    }

    @Test
    void cancellingStopsTheRun() {
        double[] w = weights(2);
        try (LinearModel model = new LinearModel(manager, new double[][] {w}, new double[] {bias(w, -1)}, SIZE);
             NDManager m = manager.newSubManager()) {
            RunControl cancelled = new RunControl() {
                @Override
                public void advance(long steps) {}

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThrows(CancelledException.class, () -> new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, true)
                    .run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, null, false, cancelled));
        }
    }
}
