package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** MLA-LP's threshold adaptation: the reference's flattened-mask quirk (faithful) against per-label (fixed). */
class LpThresholdsTest {

    @Test
    void faithfullyTheFirstAttackedLabelDecidesForAllOfThem() {
        // labels 1 and 2 attacked, both pushed down; label 1 stalls (0.7 → 0.75), label 2 progresses (0.7 → 0.65)
        boolean[] attacked = {false, true, true};
        float[] target = {1, 0, 0};
        double[] previous = {0.9, 0.7, 0.7};
        double[] now = {0.9, 0.75, 0.65};
        double[] faithful = {0.5, 0.5, 0.5};
        LpThresholds.adapt(faithful, previous, now, target, attacked, true);
        assertArrayEquals(new double[] {0.5, 0.45, 0.45}, faithful, 1e-15, "label 1's stall lowers label 2 too");
        double[] fixed = {0.5, 0.5, 0.5};
        LpThresholds.adapt(fixed, previous, now, target, attacked, false);
        assertArrayEquals(new double[] {0.5, 0.45, 0.5}, fixed, 1e-15, "each label decides for itself");
        // the other way round: the first attacked label progresses, so faithfully nobody is lowered
        double[] swapped = {0.5, 0.5, 0.5};
        LpThresholds.adapt(swapped, previous, new double[] {0.9, 0.65, 0.75}, target, attacked, true);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, swapped, 1e-15);
    }

    @Test
    void fixedReadsALabelPushedUpOnItsOrientedOutput() {
        // one label pushed up (t = 1) from 0.2 to 0.3: progress, but still far (1 − 0.3 = 0.7 ≥ 0.6)
        boolean[] attacked = {true};
        float[] target = {1};
        double[] fixed = {0.5};
        LpThresholds.adapt(fixed, new double[] {0.2}, new double[] {0.3}, target, attacked, false);
        assertEquals(0.5, fixed[0], "progress and still far: kept");
        double[] faithful = {0.5};
        LpThresholds.adapt(faithful, new double[] {0.2}, new double[] {0.3}, target, attacked, true);
        assertEquals(0.45, faithful[0], 1e-15, "the reference reads a rising output as no progress");
        // the loss each asks for at th = 0.45: f ≥ 0.55 (fixed) against f ≥ 0.45 (faithful)
        assertEquals(-Math.log(0.55), LpThresholds.targetLoss(0.45, 1, false), 1e-15);
        assertEquals(-Math.log(0.45), LpThresholds.targetLoss(0.45, 1, true), 1e-15);
        assertEquals(-Math.log(0.55), LpThresholds.targetLoss(0.45, 0, true), 1e-15, "pushed down: the same");
    }

    @Test
    void thresholdsStopAfterNineStepsAsTheReferencesFloatsDo() {
        boolean[] attacked = {true};
        for (boolean faithful : new boolean[] {true, false}) {
            double[] th = {0.5};
            for (int i = 0; i < 20; i++) {
                LpThresholds.adapt(th, new double[] {0.3}, new double[] {0.3}, new float[] {0}, attacked, faithful);
            }
            double expected = 0.5;
            for (int i = 0; i < 9; i++) {
                expected -= 0.05;
            }
            assertEquals(expected, th[0], 0.0, "0.5 − 8·0.05 is just above 0.1 in float64");
        }
    }

    @Test
    void unchangedMeansTheFirstAttackedLabelFaithfullyAndAllOfThemFixed() {
        boolean[] attacked = {false, true, true};
        double[] before = {0.1, 0.4, 0.6};
        assertTrue(LpThresholds.unchanged(before, new double[] {0.2, 0.4, 0.7}, attacked, true));
        assertFalse(LpThresholds.unchanged(before, new double[] {0.2, 0.4, 0.7}, attacked, false));
        assertTrue(LpThresholds.unchanged(before, new double[] {0.2, 0.4, 0.6}, attacked, false));
        // faithfully the comparison is with the clamped output, so a saturated label never counts as unchanged
        assertFalse(LpThresholds.unchanged(new double[] {1.0}, new double[] {1.0}, new boolean[] {true}, true));
        assertFalse(LpThresholds.unchanged(before, before, new boolean[3], false), "nothing attacked: never");
    }

    @Test
    void theLossIsClampedLikeTheReferences() {
        assertEquals(-Math.log(1e-6), LpThresholds.bce(0, 1), 1e-9);
        assertEquals(-Math.log(1e-6), LpThresholds.bce(1, 0), 1e-6);
        assertEquals(Math.log(2), LpThresholds.bce(0.5, 1), 1e-15);
    }
}
