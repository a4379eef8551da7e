package dev.atk.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every metric on small vectors worked out by hand (the comments show the arithmetic). */
class LabelMetricsTest {
    static final float N = Float.NaN;

    // Five labels. Clean prediction (> 0.5): 1 1 0 0 0. Target: hide label 0, show label 2, keep 1 and 3, 4 either way.
    // A = {0, 2}, B = {1, 3}. Adversarial confidences 0.3 0.4 0.8 0.6 0.9 → prediction 0 0 1 1 1.
    static final float[] CLEAN = {0.9f, 0.7f, 0.2f, 0.1f, 0.3f};
    static final float[] TARGET = {0, 1, 1, 0, N};
    static final float[] ADV = {0.3f, 0.4f, 0.8f, 0.6f, 0.9f};

    static LabelGoal goal() {
        return LabelGoal.of(TARGET, CLEAN, ADV, 0.5);
    }

    @Test
    void hammingOnTheLabelsToChangeAndToKeep() {
        assertEquals(0.0, LabelMetrics.hammingA(goal()), 0); // label 0 hidden, label 2 shown: both reached
        assertEquals(1.0, LabelMetrics.hammingB(goal()), 0); // label 1 lost (0.4), label 3 gained (0.6): 2 of 2 broken
        assertFalse(LabelMetrics.reachedAll(goal()));
    }

    @Test
    void instanceF1OverTheCaredLabels() {
        // wanted positives {1, 2}; predicted positives among cared labels {2, 3}: tp 1 (2), fp 1 (3), fn 1 (1)
        assertEquals(2.0 / 4.0, LabelMetrics.f1(goal()), 1e-12);
    }

    @Test
    void rankingLossAucAndAveragePrecision() {
        // positives {1: 0.4, 2: 0.8}, negatives {0: 0.3, 3: 0.6}. Pairs (p, n): (1,0) ok, (1,3) wrong, (2,0) ok,
        // (2,3) ok → 1 of 4 wrong.
        assertEquals(0.25, LabelMetrics.rankingLoss(goal()), 1e-12);
        assertEquals(0.75, LabelMetrics.auc(goal()), 1e-12);
        // ranking of cared labels: 2 (0.8, +), 3 (0.6, −), 1 (0.4, +), 0 (0.3, −).
        // AP: label 2 at rank 1 → 1/1; label 1 at rank 3 → 2/3. Mean (1 + 2/3)/2 = 5/6.
        assertEquals(5.0 / 6.0, LabelMetrics.averagePrecision(goal()), 1e-12);
    }

    @Test
    void tiesAreAWholeMistakeForTheRankingLossAndHalfForTheAuc() {
        LabelGoal g = LabelGoal.of(new float[] {1, 0}, new float[] {0.1f, 0.9f}, new float[] {0.5f, 0.5f}, 0.5);
        assertEquals(1.0, LabelMetrics.rankingLoss(g), 0);
        assertEquals(0.5, LabelMetrics.auc(g), 0);
        assertEquals(0.5, LabelMetrics.averagePrecision(g), 0); // both at rank ≤ 2: 1 positive of 2
    }

    @Test
    void kendallTauBAgainstTheCriterionVector() {
        // criterion: label 0 positive to hide → −2; 1 positive kept → +1; 2 negative to show → +2; 3 negative kept → −1
        assertEquals(-2, goal().criterion(0));
        assertEquals(1, goal().criterion(1));
        assertEquals(2, goal().criterion(2));
        assertEquals(-1, goal().criterion(3));
        assertEquals(0, goal().criterion(4));
        // x = (−2, 1, 2, −1), y = (0.3, 0.4, 0.8, 0.6). Pairs: (0,1) x↑ y↑ C; (0,2) C; (0,3) x↑ y↑ C; (1,2) C;
        // (1,3) x↓ y↑ D; (2,3) x↓ y↓ C. C = 5, D = 1, no ties: τ = 4/6.
        assertEquals(4.0 / 6.0, LabelMetrics.kendallTauB(goal()), 1e-12);
    }

    @Test
    void kendallTauBCorrectsForTies() {
        // x = (2, 2, −2), y = (0.9, 0.8, 0.7): pairs (0,1) tied in x; (0,2) C; (1,2) C. C = 2, D = 0, tiesX = 1,
        // tiesY = 0 → τ_b = 2 / sqrt((2 + 0 + 1)(2 + 0 + 0)) = 2/√6.
        LabelGoal g = LabelGoal.of(new float[] {1, 1, 0}, new float[] {0.1f, 0.2f, 0.9f},
                new float[] {0.9f, 0.8f, 0.7f}, 0.5);
        assertEquals(2 / Math.sqrt(6), LabelMetrics.kendallTauB(g), 1e-12);
        // tied on y too: (1,2) with y = (0.9, 0.8, 0.8) → C = 1, tiesX = 1, tiesY = 1 → 1/√(2·2)
        LabelGoal both = LabelGoal.of(new float[] {1, 1, 0}, new float[] {0.1f, 0.2f, 0.9f},
                new float[] {0.9f, 0.8f, 0.8f}, 0.5);
        assertEquals(0.5, LabelMetrics.kendallTauB(both), 1e-12);
        // a constant criterion (everything kept negative) leaves τ_b undefined
        LabelGoal flat = LabelGoal.of(new float[] {0, 0}, new float[] {0.1f, 0.2f}, new float[] {0.3f, 0.1f}, 0.5);
        assertTrue(Double.isNaN(LabelMetrics.kendallTauB(flat)));
    }

    @Test
    void aRecordWithoutATargetIsMaxFlip() {
        LabelGoal g = LabelGoal.of(null, new float[] {0.9f, 0.2f, 0.6f}, new float[] {0.1f, 0.7f, 0.8f}, 0.5);
        // every label to the other side: labels 0 and 1 flipped, label 2 did not
        assertEquals(1.0 / 3.0, LabelMetrics.hammingA(g), 1e-12);
        assertEquals(0.0, LabelMetrics.hammingB(g), 0); // B is empty
        assertEquals(2, LabelMetrics.positives(g));
    }

    @Test
    void emptySetsScoreAsPerfect() {
        LabelGoal g = LabelGoal.of(new float[] {N, N}, new float[] {0.9f, 0.2f}, new float[] {0.1f, 0.7f}, 0.5);
        assertEquals(0.0, LabelMetrics.hammingA(g), 0);
        assertEquals(1.0, LabelMetrics.f1(g), 0);
        assertEquals(0.0, LabelMetrics.rankingLoss(g), 0);
        assertEquals(1.0, LabelMetrics.auc(g), 0);
        assertTrue(LabelMetrics.reachedAll(g));
    }
}
