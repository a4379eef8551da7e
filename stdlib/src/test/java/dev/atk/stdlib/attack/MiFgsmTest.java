package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.CancelledException;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.HingeLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import dev.atk.stdlib.loss.SlamRampLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MI-FGSM kernel invariants (ALGORITHMS.md §2, §7.3, §13) on a small seeded random CNN. */
class MiFgsmTest {
    static final int SIZE = 16;
    static final int LABELS = 6;
    static final double ALPHA = RunSettings.DEFAULT_ALPHA;
    private static NDManager manager;
    private static TinyCnn net;

    @BeforeAll
    static void start() {
        TestThreads.single();
        manager = NDManager.newBaseManager();
        net = new TinyCnn(manager, 1, DataType.FLOAT32, SIZE, LABELS);
    }

    @AfterAll
    static void stop() {
        net.close();
        manager.close();
    }

    /** The paper's grid: [0.5, 1, 2, 4, 6, 8, 10] × eps_max/10 (§7.3). */
    static double[] grid(double epsMax) {
        double minEps = epsMax / 10;
        double[] f = {0.5, 1, 2, 4, 6, 8, 10};
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i] * minEps;
        }
        return out;
    }

    private static int[] iterations(double[] eps, double alpha) {
        int[] out = new int[eps.length];
        for (int i = 0; i < eps.length; i++) {
            out[i] = Norm.iterations(eps[i], alpha);
        }
        return out;
    }

    @Test
    void iterationCountsOfSection73() {
        assertArrayEquals(new int[] {4, 8, 16, 32, 48, 64, 80}, iterations(grid(0.03125), ALPHA));
        assertArrayEquals(new int[] {18, 37, 74, 148, 222, 296, 370}, iterations(grid(0.14453125), ALPHA));
        assertArrayEquals(new int[] {10, 21, 42, 84, 126, 168, 210}, iterations(grid(0.08203125), ALPHA));
        assertArrayEquals(new int[] {15, 31, 62, 124, 186, 248, 310}, iterations(grid(0.12109375), ALPHA));
        assertArrayEquals(new int[] {30, 60, 120, 240, 360, 480, 600}, iterations(grid(0.234375), ALPHA));
        assertEquals(18, Norm.iterations(0.0072265625, ALPHA));
        assertEquals(ALPHA, (1.0 / 256) / 10); // the reference's (1/256)/10
    }

    @Test
    void l2IterationCountsOfSection22() {
        assertEquals(0.175, Norm.L2_ALPHA);
        assertArrayEquals(new int[] {4, 8, 16, 32, 47, 64, 80}, iterations(grid(14.0), Norm.L2_ALPHA));
        assertEquals(47, Norm.iterations(6 * (14.0 / 10), Norm.L2_ALPHA));
        MiFgsmConfig l2 = MiFgsmConfig.of(new RunSettings(0.5, ALPHA, "l2", 4, 11, "faithful"), 1, 0, 1);
        assertEquals(Norm.L2, l2.norm());
        assertEquals(47, l2.iterations(6 * (14.0 / 10)));
        // an explicit `set alpha` under norm l2 is honoured (the planner passes 0.175 when alpha is not set)
        MiFgsmConfig scaled = MiFgsmConfig.of(new RunSettings(0.5, 0.021875, "l2", 4, 11, "faithful"), 1, 0, 1);
        assertEquals(0.021875, scaled.alpha());
        assertEquals(48, scaled.iterations(1.05));
    }

    private static NDArray images(NDManager m, int batch, long seed) {
        return TinyCnn.noise(m, seed, batch, SIZE, DataType.FLOAT32);
    }

    @Test
    void linfInvariants() {
        int k = 25;
        try (NDManager m = manager.newSubManager();
                MiFgsmState s = new MiFgsmState(net, MiFgsmConfig.reference(), m, images(m, 3, 5), null)) {
            NDArray x = images(m, 3, 5);
            s.step(BceLoss.INSTANCE);
            // First step: every coordinate moved by exactly ±α or 0 (sign(0) = 0).
            for (double d : s.displacement(m).toType(DataType.FLOAT64, false).toDoubleArray()) {
                assertTrue(d == 1 || d == -1 || d == 0, "first step must be a sign step: " + d);
            }
            for (int i = 1; i < k; i++) {
                s.step(BceLoss.INSTANCE);
            }
            double[] d = s.displacement(m).toType(DataType.FLOAT64, false).toDoubleArray();
            double[] pre = s.iterate(m).toType(DataType.FLOAT64, false).toDoubleArray();
            double[] adv = s.adversarial(m).toType(DataType.FLOAT64, false).toDoubleArray();
            double[] clean = x.toType(DataType.FLOAT64, false).toDoubleArray();
            double maxMove = 0;
            boolean leftRange = false;
            for (int i = 0; i < d.length; i++) {
                assertEquals(Math.rint(d[i]), d[i], "step counts are integers");
                assertTrue(Math.abs(d[i]) <= k);
                double units = (pre[i] - clean[i]) / ALPHA;     // float64 check of the float32 iterate
                assertEquals(Math.rint(units), units, 1e-3, "x_pre − x must be a multiple of α");
                assertEquals(-d[i], Math.rint(units));
                assertTrue(adv[i] >= 0 && adv[i] <= 1, "clamped once to [0,1]");
                maxMove = Math.max(maxMove, Math.abs(adv[i] - clean[i]));
                leftRange |= pre[i] < 0 || pre[i] > 1;
            }
            // ‖δ‖∞ ≤ int(ε/α)·α, up to the float32 rounding of the iterate (half an ulp near 1).
            assertTrue(maxMove <= k * ALPHA + 1e-7, "linf " + maxMove);
            assertTrue(maxMove > (k - 1) * ALPHA, "the attack moved");
            assertTrue(leftRange, "noise near 0/1: iterates leave [0,1] unclamped");
            Measurement me = s.measure();
            for (double l : me.linf()) {
                assertTrue(l <= k * ALPHA + 1e-7);
            }
            assertEquals(k, s.iterations());
        }
    }

    @Test
    void zeroWeightsLeaveTheImageUnchanged() {
        for (boolean sticky : new boolean[] {true, false}) {
            MiFgsmConfig c = new MiFgsmConfig(Norm.LINF, ALPHA, 1, sticky, 0.5, 0, 1);
            try (NDManager m = manager.newSubManager()) {
                NDArray x = images(m, 2, 9);
                // image 0: all weights 0; image 1: all weights 1
                NDArray w = m.create(new float[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, new Shape(2, LABELS));
                try (MiFgsmState s = new MiFgsmState(net, c, m, x, w)) {
                    for (int i = 0; i < 6; i++) {
                        s.step(BceLoss.INSTANCE);
                    }
                    Measurement me = s.measure();
                    assertEquals(0, me.flips()[0]);
                    assertEquals(0.0, me.linf()[0]);
                    assertTrue(me.linf()[1] > 0);
                    float[] d = s.displacement(m).get(0).toFloatArray();
                    for (float v : d) {
                        assertEquals(0f, v);
                    }
                    assertArrayEquals(new boolean[] {!sticky, true}, s.alive());
                    assertArrayEquals(s.cleanConfidences()[0], me.adversarial()[0]);
                }
            }
        }
    }

    private static void assertSame(AttackOutcome a, AttackOutcome b) {
        assertEquals(a.item(), b.item());
        assertEquals(a.budget(), b.budget());
        assertEquals(a.flips(), b.flips());
        assertEquals(a.iterations(), b.iterations());
        assertEquals(a.linf(), b.linf());
        assertEquals(a.l2(), b.l2());
        assertEquals(a.rmsd(), b.rmsd());
        assertArrayEquals(a.clean(), b.clean());
        assertArrayEquals(a.adversarial(), b.adversarial());
    }

    @Test
    void fusedSweepEqualsSeparateRuns() {
        double[] budgets = {0.004, 0.001, 0.0001, 0.0025, 0.001};
        int[] items = {10, 11, 12};
        // slam_ramp's share follows each step's radius, not the budget, so it fuses too (docs/beyond.md)
        ProfileResult ramped = ProfileResult.declared(new double[] {0, 3000}, 0.004, LABELS);
        for (Loss loss : new Loss[] {BceLoss.INSTANCE, LinearLoss.INSTANCE, new HingeLoss(0.1),
                new SlamRampLoss(1, ramped)}) {
            for (Norm norm : Norm.values()) {
                MiFgsmConfig c = MiFgsmConfig.reference().withNorm(norm, norm == Norm.L2 ? ALPHA * 20 : ALPHA);
                MiFgsm attack = new MiFgsm(net, c);
                try (NDManager m = manager.newSubManager()) {
                    NDArray x = images(m, 3, 21);
                    AtomicLong steps = new AtomicLong();
                    RunControl control = CountingControl.counting(steps);
                    List<List<AttackOutcome>> fused = attack.sweep(m, x, items, loss, null, budgets, control);
                    assertEquals(3 * MiFgsm.sweepSteps(c, budgets), steps.get());
                    for (int b = 0; b < budgets.length; b++) {
                        List<AttackOutcome> alone = attack.sweep(m, x, items, loss, null, new double[] {budgets[b]},
                                RunControl.none()).get(0);
                        assertEquals(3, fused.get(b).size());
                        for (int i = 0; i < 3; i++) {
                            assertSame(alone.get(i), fused.get(b).get(i));
                            assertEquals(c.iterations(budgets[b]), fused.get(b).get(i).iterations());
                            assertEquals(items[i], fused.get(b).get(i).item());
                        }
                    }
                    // ε < α: zero iterations, the clean image
                    assertEquals(0, fused.get(2).get(0).iterations());
                    assertEquals(0, fused.get(2).get(0).flips());
                    assertEquals(0.0, fused.get(2).get(0).linf());
                }
            }
        }
    }

    /**
     * {@code report … as images}: a kernel keeping pixels returns, per outcome, the clean image and the clamped
     * adversarial one; their difference is exactly the measured perturbation, and nothing else changes.
     */
    @Test
    void keptPixelsAreTheMeasuredPerturbation() {
        double[] budgets = {0.002, 0.004};
        int[] items = {0, 1};
        MiFgsm plain = new MiFgsm(net, MiFgsmConfig.reference());
        MiFgsm keeping = plain.keepingImages(true);
        try (NDManager m = manager.newSubManager()) {
            NDArray x = images(m, 2, 5);
            float[] pixels = x.toFloatArray();
            List<List<AttackOutcome>> without = plain.sweep(m, x, items, BceLoss.INSTANCE, null, budgets, RunControl.none());
            List<List<AttackOutcome>> with = keeping.sweep(m, x, items, BceLoss.INSTANCE, null, budgets, RunControl.none());
            for (int b = 0; b < budgets.length; b++) {
                for (int i = 0; i < items.length; i++) {
                    AttackOutcome o = with.get(b).get(i);
                    assertSame(without.get(b).get(i), o);
                    assertEquals(null, without.get(b).get(i).image());
                    dev.atk.spi.AdversarialImage img = o.image();
                    assertEquals(1, img.channels());
                    assertEquals(SIZE, img.height());
                    assertEquals(SIZE, img.width());
                    int n = SIZE * SIZE;
                    assertArrayEquals(java.util.Arrays.copyOfRange(pixels, i * n, (i + 1) * n), img.clean());
                    assertEquals(o.linf(), img.maxAbsDelta(), 1e-6);
                    for (float v : img.adversarial()) {
                        assertTrue(v >= 0 && v <= 1, "clamped once to the pixel range: " + v);
                    }
                }
            }
            assertTrue(with.get(1).get(0).image().maxAbsDelta() > with.get(0).get(0).image().maxAbsDelta());
        }
    }

    /** The plan's shared clean pass: handing the kernel precomputed clean confidences changes no outcome. */
    @Test
    void precomputedCleanPassGivesTheSameOutcomes() {
        double[] budgets = {0.001, 0.004};
        int[] items = {3, 4, 5};
        MiFgsm attack = new MiFgsm(net, MiFgsmConfig.reference());
        try (NDManager m = manager.newSubManager()) {
            NDArray x = images(m, 3, 33);
            List<List<AttackOutcome>> own = attack.sweep(m, x, items, BceLoss.INSTANCE, null, budgets, RunControl.none());
            float[][] clean = own.get(0).stream().map(AttackOutcome::clean).toArray(float[][]::new);
            List<List<AttackOutcome>> shared = attack.sweep(m, x, items, clean, BceLoss.INSTANCE, null, budgets,
                    RunControl.none());
            for (int b = 0; b < budgets.length; b++) {
                for (int i = 0; i < items.length; i++) {
                    assertSame(own.get(b).get(i), shared.get(b).get(i));
                }
            }
            assertThrows(IllegalArgumentException.class, () -> attack.sweep(m, x, items, new float[2][LABELS],
                    BceLoss.INSTANCE, null, budgets, RunControl.none()));
        }
    }

    @Test
    void batchOfFourEqualsFourRunsOfOne() {
        double[] budgets = {0.008};
        try (NDManager m = manager.newSubManager()) {
            NDArray x = images(m, 4, 33);
            MiFgsm attack = new MiFgsm(net, MiFgsmConfig.reference());
            List<AttackOutcome> batched = attack.sweep(m, x, new int[] {0, 1, 2, 3}, BceLoss.INSTANCE, null, budgets,
                    RunControl.none()).get(0);
            int totalFlips = 0;
            for (int i = 0; i < 4; i++) {
                NDArray one = x.get(i + ":" + (i + 1));
                AttackOutcome single = attack.sweep(m, one, new int[] {i}, BceLoss.INSTANCE, null, budgets,
                        RunControl.none()).get(0).get(0);
                assertEquals(single.flips(), batched.get(i).flips());
                assertEquals(single.linf(), batched.get(i).linf(), 1e-9);
                assertEquals(single.l2(), batched.get(i).l2(), 1e-6 * single.l2());
                assertArrayEquals(single.adversarial(), batched.get(i).adversarial(), 1e-5f);
                totalFlips += single.flips();
            }
            assertTrue(totalFlips > 0, "the test attack should flip something");
        }
    }

    @Test
    void batchedDisplacementEqualsSingleDisplacement() {
        // Per-image normalisation: the step counts of each image match a batch-1 run (same model, same image).
        try (NDManager m = manager.newSubManager()) {
            NDArray x = images(m, 4, 34);
            try (MiFgsmState all = new MiFgsmState(net, MiFgsmConfig.reference(), m, x, null)) {
                for (int k = 0; k < 12; k++) {
                    all.step(LinearLoss.INSTANCE);
                }
                NDArray d = all.displacement(m);
                for (int i = 0; i < 4; i++) {
                    try (MiFgsmState one = new MiFgsmState(net, MiFgsmConfig.reference(), m,
                            x.get(i + ":" + (i + 1)), null)) {
                        for (int k = 0; k < 12; k++) {
                            one.step(LinearLoss.INSTANCE);
                        }
                        float[] a = one.displacement(m).toFloatArray();
                        float[] b = d.get(i).toFloatArray();
                        int differ = 0;
                        for (int j = 0; j < a.length; j++) {
                            differ += a[j] == b[j] ? 0 : 1;
                        }
                        assertEquals(0, differ, "image " + i + ": coordinates whose step counts differ");
                    }
                }
            }
        }
    }

    @Test
    void l2StepsAreNormalisedPerImageWithoutSign() {
        double alpha = Norm.L2_ALPHA / 10;
        MiFgsmConfig c = MiFgsmConfig.reference().withNorm(Norm.L2, alpha);
        try (NDManager m = manager.newSubManager(); MiFgsmState s = new MiFgsmState(net, c, m, images(m, 3, 41),
                null)) {
            NDArray x = images(m, 3, 41);
            s.step(BceLoss.INSTANCE);
            NDArray move = s.iterate(m).sub(x).toType(DataType.FLOAT64, false).reshape(3, -1);
            double[] norms = move.square().sum(new int[] {1}).sqrt().toDoubleArray();
            for (double n : norms) {
                assertEquals(alpha, n, 1e-6, "first L2 step has length α per image");
            }
            double[] d = s.displacement(m).toType(DataType.FLOAT64, false).toDoubleArray();
            long nonUnit = java.util.Arrays.stream(d).filter(v -> v != 0 && Math.abs(v) != 1).count();
            assertTrue(nonUnit > d.length / 2, "L2 takes no sign");
            // g accumulates with μ = 1: after k steps ‖g‖ can reach k, so the displacement can exceed α·k (no
            // projection); it is at most α·k(k+1)/2.
            for (int i = 1; i < 6; i++) {
                s.step(BceLoss.INSTANCE);
            }
            double[] l2 = s.iterate(m).sub(x).toType(DataType.FLOAT64, false).reshape(3, -1).square()
                    .sum(new int[] {1}).sqrt().toDoubleArray();
            for (double n : l2) {
                assertTrue(n <= alpha * 21 + 1e-6);
                assertTrue(n > alpha * 6, "momentum makes the unprojected displacement exceed α·k: " + n);
            }
        }
    }

    /**
     * slam_ramp's k-th step (k from 1) is SLAM with p = clamp(E(min(k·α, eps_max))/C, 0, 1): the same trajectory,
     * bit for bit, as stepping a state by hand with those SLAM losses; and it is not linear's trajectory.
     */
    @Test
    void slamRampStepsAreSlamWithTheRadiusShare() {
        ProfileResult profile = ProfileResult.declared(new double[] {-0.5, 1500}, 0.003, LABELS);
        SlamRampLoss ramp = new SlamRampLoss(1, profile);
        assertEquals(0.0, ramp.p(ALPHA / 10)); // the fit is negative near 0: clamped
        assertEquals(Math.min(1, (1500 * 0.003 - 0.5) / LABELS), ramp.p(0.5), 1e-12); // held at eps_max, no jump
        double eps = 0.004;
        int n = Norm.iterations(eps, ALPHA);
        MiFgsm attack = new MiFgsm(net, MiFgsmConfig.reference());
        try (NDManager m = manager.newSubManager()) {
            NDArray x = images(m, 2, 77);
            AttackOutcome[] kernel = attack.sweep(m, x, new int[] {0, 1}, ramp, null, new double[] {eps},
                    RunControl.none()).get(0).toArray(new AttackOutcome[0]);
            AttackOutcome[] linear = attack.sweep(m, x, new int[] {0, 1}, LinearLoss.INSTANCE, null,
                    new double[] {eps}, RunControl.none()).get(0).toArray(new AttackOutcome[0]);
            try (MiFgsmState s = new MiFgsmState(net, MiFgsmConfig.reference(), m, x, null)) {
                for (int k = 1; k <= n; k++) {
                    s.step(new SlamLoss(1, ramp.p(k * ALPHA)));
                }
                Measurement me = s.measure();
                boolean differsFromLinear = false;
                for (int i = 0; i < 2; i++) {
                    assertArrayEquals(me.adversarial()[i], kernel[i].adversarial());
                    differsFromLinear |= !java.util.Arrays.equals(linear[i].adversarial(), kernel[i].adversarial());
                }
                assertTrue(differsFromLinear, "the ramp's BCE share must change the trajectory");
            }
        }
    }

    @Test
    void slamRunsOncePerBudgetAndReportsEachBudget() {
        ProfileResult profile = ProfileResult.declared(new double[] {0, 600}, 0.01, LABELS);
        double[] budgets = {0.002, 0.004, 0.01};
        MiFgsm attack = new MiFgsm(net, MiFgsmConfig.reference());
        List<List<AttackOutcome>> got = new ArrayList<>();
        AtomicLong steps = new AtomicLong();
        try (NDManager m = manager.newSubManager()) {
            NDArray x = images(m, 2, 50);
            attack.perBudget(m, x, new int[] {3, 4}, eps -> new SlamLoss(0.5, profile.slamP(eps)), null, budgets,
                    CountingControl.counting(steps), got::add);
            assertEquals(3, got.size());
            assertEquals(2 * MiFgsm.perBudgetSteps(attack.config(), budgets), steps.get());
            for (int b = 0; b < 3; b++) {
                assertEquals(budgets[b], got.get(b).get(0).budget());
                assertEquals(Norm.iterations(budgets[b], ALPHA), got.get(b).get(1).iterations());
            }
            // at ε ≥ eps_max p = 1, so SLAM(q=1) is BCE there: same result as a BCE run
            List<AttackOutcome> slam1 = attack.sweep(m, x, new int[] {3, 4}, new SlamLoss(1, profile.slamP(0.01)),
                    null, new double[] {0.01}, RunControl.none()).get(0);
            List<AttackOutcome> bce = attack.sweep(m, x, new int[] {3, 4}, BceLoss.INSTANCE, null,
                    new double[] {0.01}, RunControl.none()).get(0);
            for (int i = 0; i < 2; i++) {
                assertEquals(bce.get(i).flips(), slam1.get(i).flips());
                assertEquals(bce.get(i).linf(), slam1.get(i).linf());
            }
        }
    }

    @Test
    void cancellationStopsWithinOneIteration() {
        AtomicLong steps = new AtomicLong();
        RunControl control = new RunControl() {
            @Override
            public void advance(long n) {
                steps.addAndGet(n);
            }

            @Override
            public boolean cancelled() {
                return steps.get() >= 6;
            }
        };
        try (NDManager m = manager.newSubManager()) {
            MiFgsm attack = new MiFgsm(net, MiFgsmConfig.reference());
            assertThrows(CancelledException.class, () -> attack.sweep(m, images(m, 2, 1), new int[] {0, 1},
                    BceLoss.INSTANCE, null, new double[] {0.1}, control));
            assertEquals(6, steps.get());
        }
    }

    @Test
    void targetsAreTheFlippedStrictPrediction() {
        try (NDManager m = manager.newSubManager(); MiFgsmState s = new MiFgsmState(net, MiFgsmConfig.reference(), m,
                images(m, 2, 3), null)) {
            Measurement clean = s.measure();
            assertArrayEquals(new int[] {0, 0}, clean.flips());
            float[][] c = s.cleanConfidences();
            assertFalse(c[0][0] == 0.5f);
            assertEquals(LABELS, s.labels());
        }
    }
}
