package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.atk.spi.RunControl;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** kFool on {@link TopKFixture}'s linear model, and the logits Jacobian it uses. */
class TopKKFoolTest {
    static TopKFixture fx;
    static NDManager manager;

    @BeforeAll
    static void setUp() {
        fx = new TopKFixture();
        manager = fx.manager;
    }

    @AfterAll
    static void tearDown() {
        fx.close();
    }

    private static List<TopKOutcome> attack(KFool.Options o, int[][] gt, boolean keep) {
        try (NDManager m = manager.newSubManager()) {
            int[] items = new int[gt.length];
            for (int b = 0; b < items.length; b++) {
                items[b] = b;
            }
            return new KFool(fx.model, o).run(m, fx.image(m, gt.length), items, gt, keep,
                    RunControl.none());
        }
    }

    /** GT {0}: label 0 leads by 0.5 over label 1 and by 2 over label 2. */
    static final int[] ONE = {1, 0, 0, 0, 0};

    @Test
    void kFoolPushesTheGroundTruthOutOfTheTopK() {
        for (boolean faithful : new boolean[] {true, false}) {
            TopKOutcome o = attack(new KFool.Options(2, 50, faithful), new int[][] {ONE}, false).get(0);
            assertTrue(o.success(), "faithful " + faithful);
            for (int j : o.adversarialTopK()) {
                assertEquals(0, ONE[j]);
            }
            assertEquals(1, o.outcome().iterations(), "the summed step overshoots both boundaries at once");
            assertEquals(2, o.queries(), "one evaluation per point visited");
            assertTrue(Double.isNaN(o.outcome().budget()), "no budget");
        }
    }

    /**
     * The first step in closed form: top-3 = {0, 1, 2}, max_label 0, D_i = ∇f_i − ∇f_0 = boxmul·(w_i − w_0) in the
     * reference's box coordinates, |f| = Σ_{i=1,2} |z_i − z_0|/‖D_i‖, and r = |f|·w/‖w‖, so ‖r‖ = |f|; Pert is
     * ‖r‖/(H·W) up to the arctanh's 1e−6 shrink. Fixed mode, so the logits at the start are Z0 (faithful mode's
     * start is the tanh-squashed image, whose logits differ).
     */
    @Test
    void theFirstStepHasTheDeepFoolLengthInBoxCoordinates() {
        double[][] w = fx.weights;
        double f = 0;
        for (int i = 1; i <= 2; i++) {
            double n = 0;
            for (int p = 0; p < w[0].length; p++) {
                n += (w[i][p] - w[0][p]) * (w[i][p] - w[0][p]);
            }
            f += (TopKFixture.Z0[0] - TopKFixture.Z0[i]) / (0.5 * Math.sqrt(n));
        }
        TopKOutcome o = attack(new KFool.Options(2, 50, false), new int[][] {ONE}, false).get(0);
        assertEquals(f / 16, o.pert(), 1e-4 * f / 16);
    }

    @Test
    void maxLabelIsNeverUpdatedSoASecondGroundTruthLabelThatOvertakesItStays() {
        TopKOutcome o = attack(new KFool.Options(2, 100, true), new int[][] {TopKFixture.GT}, false).get(0);
        assertFalse(o.success(), "kFool only pushes labels above label 0; GT label 1 rises with them");
        assertEquals(1, o.adversarialTopK()[0]);
    }

    @Test
    void anImageFooledBeforeAnyStepIsAFailureOnlyInFaithfulMode() {
        int[][] gt = {{0, 0, 0, 0, 1}}; // label 4 is last already
        TopKOutcome faithful = attack(new KFool.Options(2, 50, true), gt, false).get(0);
        TopKOutcome fixed = attack(new KFool.Options(2, 50, false), gt, false).get(0);
        assertFalse(faithful.success(), "the reference's while loop never runs: attack_success stays False");
        assertTrue(fixed.success());
        for (TopKOutcome o : List.of(faithful, fixed)) {
            assertEquals(0, o.outcome().iterations());
            assertEquals(1, o.queries());
        }
    }

    @Test
    void aBatchRunsEachImageAsIfAlone() {
        int[][] gts = {ONE, {0, 1, 0, 0, 0}};
        List<TopKOutcome> both = attack(new KFool.Options(2, 50, true), gts, false);
        for (int b = 0; b < 2; b++) {
            TopKOutcome alone = attack(new KFool.Options(2, 50, true), new int[][] {gts[b]}, false).get(0);
            assertTrue(both.get(b).success());
            assertEquals(alone.outcome().iterations(), both.get(b).outcome().iterations());
            assertEquals(alone.pert(), both.get(b).pert(), 1e-9);
        }
        assertTrue(both.get(0).outcome().iterations() != both.get(1).outcome().iterations(), "per-image stops");
    }

    @Test
    void theLogitsJacobianIsEachLabelsOwnGradient() {
        try (TinyCnn cnn = new TinyCnn(manager, 4, DataType.FLOAT64, 8, 5); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 3, 2, 8, DataType.FLOAT64);
            Jacobian.Logits j = Jacobian.ofLogits(cnn, x);
            assertArrayEquals(cnn.logits(x).toDoubleArray(), j.logits().toDoubleArray(), 1e-12);
            assertEquals(new Shape(2, 5, 64), j.matrix().getShape());
            for (int label = 0; label < 5; label++) {
                NDArray leaf = x.duplicate();
                leaf.setRequiresGradient(true);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    gc.backward(cnn.logits(leaf).get(":, " + label).sum());
                }
                assertArrayEquals(leaf.getGradient().reshape(2, -1).toDoubleArray(),
                        j.matrix().get(":, " + label + ", :").toDoubleArray(), 1e-12, "label " + label);
            }
            // selected labels per image, repeats allowed: rows are those labels' gradients, logits still all C
            Jacobian.Logits some = Jacobian.ofLogits(cnn, x, new int[][] {{4, 1, 4}, {0, 2, 3}});
            assertEquals(new Shape(2, 3, 64), some.matrix().getShape());
            assertArrayEquals(j.logits().toDoubleArray(), some.logits().toDoubleArray(), 1e-12);
            int[][] sel = {{4, 1, 4}, {0, 2, 3}};
            for (int b = 0; b < 2; b++) {
                for (int r = 0; r < 3; r++) {
                    assertArrayEquals(j.matrix().get(b + ", " + sel[b][r] + ", :").toDoubleArray(),
                            some.matrix().get(b + ", " + r + ", :").toDoubleArray(), 1e-12);
                }
            }
        }
    }
}
