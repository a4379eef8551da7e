package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.ModelConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TkML-AP-U, TkML-AP-T and ML-AP on {@link TopKFixture}'s 5-label linear model: each goal is reachable, and the checks
 * are exact (success sets, the projection radius, the m = 0 image).
 */
class TopKAttackTest {
    static final int[] GT = TopKFixture.GT;
    private static TopKFixture fx;
    private static NDManager manager;
    private static LinearModel model;
    private static double[] pixels;

    @BeforeAll
    static void setUp() {
        fx = new TopKFixture();
        manager = fx.manager;
        model = fx.model;
        pixels = fx.pixels;
    }

    @AfterAll
    static void tearDown() {
        fx.close();
    }

    private static NDArray image(NDManager m, int batch) {
        return fx.image(m, batch);
    }

    private static TopKOutcome attack(TopKAttack.Options o, int[] gt, boolean keep) {
        try (NDManager m = manager.newSubManager()) {
            return new TopKAttack(model, o).run(m, image(m, 1), new int[] {0}, new int[][] {gt}, keep,
                    RunControl.none()).get(0);
        }
    }

    @Test
    void untargetedPushesEveryGroundTruthLabelOutOfTheTopK() {
        for (boolean faithful : new boolean[] {true, false}) {
            TopKOutcome o = attack(TopKAttack.Options.untargeted(2, 1.0).withMaxIter(300).withFaithful(faithful),
                    GT, false);
            assertTrue(o.success(), "faithful " + faithful);
            for (int j : o.adversarialTopK()) {
                assertEquals(0, GT[j], "a GT label is still in the top-2: " + j);
            }
            assertTrue(o.outcome().iterations() > 0 && o.outcome().iterations() < 300);
            assertEquals(o.outcome().iterations() + 1, o.queries(), "one forward per iteration, early stop");
            assertTrue(o.foolingAtK()[1], "FR_2 holds on the returned output");
            assertFalse(o.foolingAtK()[5], "FR_10 caps at 5 labels: every GT label is in the top 5");
            assertEquals(1.0, o.outcome().budget());
        }
    }

    @Test
    void theProjectionKeepsTheDisplacementInsideTheBall() {
        double eps = 0.05; // far too small: U fails, and its last image sits on the ball's surface
        TopKOutcome o = attack(TopKAttack.Options.untargeted(2, eps).withMaxIter(200).withFaithful(false), GT, false);
        assertFalse(o.success());
        assertEquals(200, o.outcome().iterations());
        // fixed mode: the ball's centre is x up to the 1e−6 arctanh shrink
        assertTrue(o.outcome().l2() <= eps + 1e-5, "‖x_adv − x‖₂ = " + o.outcome().l2());
        assertTrue(o.outcome().l2() >= 0.99 * eps, "the gradient drives it to the surface");
        TopKOutcome t = attack(TopKAttack.Options.targeted(2, eps, TopKTargets.Case.WORST).withMaxIter(100)
                .withFaithful(false), GT, false);
        assertTrue(t.outcome().l2() <= eps + 1e-5);
    }

    @Test
    void targetedReachesTheExactTargetSet() {
        for (TopKTargets.Case c : TopKTargets.Case.values()) {
            TopKOutcome o = attack(TopKAttack.Options.targeted(2, 2.0, c).withMaxIter(60), GT, false);
            assertTrue(o.success(), c.name());
            assertTrue(TopKMetrics.topSetIs(toDouble(o.outcome().adversarial()), o.target()), c.name());
            for (int j : o.target()) {
                assertEquals(0, GT[j]);
            }
            assertEquals(61, o.queries(), "no early stop, plus the target choice's pass");
        }
        // best = the top-2 non-GT labels of the clean logits
        assertArrayEquals(new int[] {2, 3},
                attack(TopKAttack.Options.targeted(2, 2.0, TopKTargets.Case.BEST).withMaxIter(1), GT, false).target());
    }

    @Test
    void mlapReachesTheTargetSetToo() {
        TopKOutcome o = attack(TopKAttack.Options.mlap(2, 2.0, TopKTargets.Case.WORST).withMaxIter(60), GT, false);
        assertArrayEquals(new int[] {4, 3}, o.target());
        assertTrue(o.success());
        assertTrue(TopKMetrics.topSetIs(toDouble(o.outcome().adversarial()), new int[] {3, 4}));
    }

    @Test
    void atTheStartFaithfulModeShowsTheModelTanhSquashedPixelsAndFixedModeTheImage() {
        int[] gt = {0, 0, 0, 0, 1}; // label 4 is last: already fooled at m = 0, so the m = 0 image comes back
        TopKOutcome faithful = attack(TopKAttack.Options.untargeted(2, 1.0), gt, true);
        TopKOutcome fixed = attack(TopKAttack.Options.untargeted(2, 1.0).withFaithful(false), gt, true);
        for (TopKOutcome o : List.of(faithful, fixed)) {
            assertTrue(o.success());
            assertEquals(0, o.outcome().iterations());
            assertEquals(1, o.queries());
        }
        float[] seenFaithful = faithful.outcome().image().adversarial();
        float[] seenFixed = fixed.outcome().image().adversarial();
        double gap = 0;
        for (int i = 0; i < pixels.length; i++) {
            double squashed = Math.tanh((pixels[i] - 0.5) / 0.5) * 0.5 + 0.5;
            assertEquals(squashed, seenFaithful[i], 1e-6, "faithful: tanh((x − boxplus)/boxmul)·boxmul + boxplus");
            assertEquals(pixels[i], seenFixed[i], 1e-6, "fixed: x itself");
            gap = Math.max(gap, Math.abs(squashed - pixels[i]));
        }
        assertTrue(gap > 0.01, "the quirk moves pixels visibly: " + gap);
        // Pert is measured in pre-tanh space: faithful's m = 0 output is 1e−6-shrunk artanh(tanh(timg)) − timg ≈ 0
        assertTrue(faithful.pert() < 1e-4 && fixed.pert() < 1e-4);
    }

    /**
     * Batched images do not interact: each has its own λ and max, and a finished image is frozen. The iteration counts
     * are compared to within one: the runs are float64 but GEMM rounding depends on buffer alignment, and with two GT
     * labels U's max alternates between them near the end, which can shift the stop by an iteration (seen once in
     * three runs). A batch-global max or a shared early stop would change far more than that.
     */
    @Test
    void aBatchRunsEachImageAsIfAlone() {
        int[][] gts = {GT, {0, 1, 1, 0, 0}};
        try (NDManager m = manager.newSubManager()) {
            TopKAttack a = new TopKAttack(model, TopKAttack.Options.untargeted(2, 1.0).withMaxIter(300));
            List<TopKOutcome> both = a.run(m, image(m, 2), new int[] {0, 1}, gts, false, RunControl.none());
            for (int b = 0; b < 2; b++) {
                TopKOutcome alone = a.run(m, image(m, 1), new int[] {b}, new int[][] {gts[b]}, false,
                        RunControl.none()).get(0);
                TopKOutcome batched = both.get(b);
                assertEquals(b, batched.outcome().item());
                assertTrue(batched.success());
                assertEquals(alone.outcome().iterations(), batched.outcome().iterations(), 1, "image " + b);
                assertEquals(alone.outcome().l2(), batched.outcome().l2(), 0.05 * alone.outcome().l2());
            }
            assertTrue(both.get(1).outcome().iterations() > both.get(0).outcome().iterations() + 1,
                    "the images stop at different iterations: the early stop is per image");
        }
    }

    @Test
    void defaultsPortTheReferenceNumbersToTheModelsBox() {
        ModelConfig.Input fashion = new ModelConfig.Input(1, 56, 56, 0, 1);
        assertEquals(5, TopKAttack.defaultEps(TopKAttack.Kind.UNTARGETED, fashion), 1e-12, "10 in [−1, 1]");
        assertEquals(1.5, TopKAttack.defaultEps(TopKAttack.Kind.TARGETED, fashion), 1e-12, "3 in [−1, 1]");
        assertEquals(10, TopKAttack.defaultEps(TopKAttack.Kind.UNTARGETED, new ModelConfig.Input(3, 9, 9, -1, 1)),
                1e-12, "the reference's own box");
    }

    static double[] toDouble(float[] conf) {
        double[] out = new double[conf.length];
        for (int i = 0; i < conf.length; i++) {
            out[i] = conf[i];
        }
        return out;
    }
}
