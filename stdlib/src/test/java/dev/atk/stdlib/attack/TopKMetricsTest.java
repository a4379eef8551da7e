package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AttackOutcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Success, FR_k', Pert and the aggregates on hand-made vectors; the target cases. */
class TopKMetricsTest {
    /** Descending: 1, 4, 6, 8, 2, 9, 3, 5, 0, 7, 10, 11. */
    static final double[] F = {0.1, 0.9, 0.5, 0.3, 0.8, 0.2, 0.7, 0.0, 0.6, 0.4, -1, -2};
    static final int[] GT = gt(12, 2, 7);

    static int[] gt(int labels, int... on) {
        int[] g = new int[labels];
        for (int j : on) {
            g[j] = 1;
        }
        return g;
    }

    @Test
    void untargetedSuccessIsNoGroundTruthInTheTopK() {
        assertArrayEquals(new int[] {1, 4, 6, 8, 2}, TopKMetrics.topK(F, 5));
        assertTrue(TopKMetrics.noGroundTruthInTopK(F, GT, 4));
        assertFalse(TopKMetrics.noGroundTruthInTopK(F, GT, 5), "label 2 is 5th");
        assertArrayEquals(new int[] {0, 1}, TopKMetrics.topK(new double[] {1, 1, 0}, 2), "ties: lower index first");
    }

    @Test
    void targetedSuccessIsTheExactTopSet() {
        assertTrue(TopKMetrics.topSetIs(F, new int[] {4, 1}), "order does not matter");
        assertFalse(TopKMetrics.topSetIs(F, new int[] {1, 6}));
        assertTrue(TopKMetrics.topSetIs(F, new int[] {6, 1, 4}));
    }

    @Test
    void foolingIndicatorsPerKPrimeAreCappedAtTheLabelCount() {
        assertArrayEquals(new boolean[] {true, true, true, true, false, false}, TopKMetrics.foolingAtK(F, GT));
        // 3 labels: k' = 4, 5, 10 mean the top 3, which holds the GT label 0
        assertArrayEquals(new boolean[] {true, true, false, false, false, false},
                TopKMetrics.foolingAtK(new double[] {1, 2, 3}, gt(3, 0)));
        boolean[] none = TopKMetrics.foolingAtK(F, new int[12]);
        for (boolean v : none) {
            assertTrue(v, "no GT label: never in any top-k'");
        }
    }

    @Test
    void pertIsTheModifierNormOverHeightTimesWidth() {
        assertEquals(2.0, TopKMetrics.pert(32, 4, 4), 0);
        assertEquals(10.0 / (300 * 300), TopKMetrics.pert(10, 300, 300), 0);
    }

    @Test
    void summaryCountsFailuresInTheDenominatorOnly() {
        boolean[] a = {true, true, true, false, false, false};
        boolean[] b = {true, false, false, false, false, false};
        List<TopKOutcome> o = List.of(outcome(true, a, 0.5), outcome(true, b, 1.5),
                outcome(false, new boolean[6], 100));
        TopKMetrics.Summary s = TopKMetrics.summarise(o);
        assertEquals(3, s.n());
        assertEquals(2, s.successes());
        assertEquals(2 / 3.0, s.asr(), 1e-15);
        assertArrayEquals(new double[] {2 / 3.0, 1 / 3.0, 1 / 3.0, 0, 0, 0}, s.fr(), 1e-15);
        assertEquals(1.0, s.meanPert(), 1e-15, "the failure's pert is ignored");
        assertEquals(1.0, s.meanPertAtK()[0], 1e-15);
        assertEquals(0.5, s.meanPertAtK()[1], 1e-15);
        assertTrue(Double.isNaN(s.meanPertAtK()[5]));
    }

    private static TopKOutcome outcome(boolean success, boolean[] fr, double pert) {
        AttackOutcome g = new AttackOutcome(0, 1, 0, 0, 0, 0, 0, new float[0], new float[0], 0);
        return new TopKOutcome(g, success, fr, pert, 1, null, new int[0]);
    }

    @Test
    void bestAndWorstScanTheCleanRankingSkippingGroundTruth() {
        double[] logits = {0.5, 3, 2, -1, 1, 0};
        int[] g = gt(6, 1);
        assertArrayEquals(new int[] {2, 4}, TopKTargets.choose(TopKTargets.Case.BEST, logits, g, 2, 0));
        assertArrayEquals(new int[] {3, 5}, TopKTargets.choose(TopKTargets.Case.WORST, logits, g, 2, 0));
        assertThrows(IllegalArgumentException.class,
                () -> TopKTargets.choose(TopKTargets.Case.BEST, logits, gt(6, 0, 1, 2), 4, 0));
    }

    @Test
    void randomIsSeededPerImageAndDependsOnlyOnTheNonGroundTruthSet() {
        int[] g = gt(20, 3, 11);
        double[] a = new double[20];
        double[] b = new double[20];
        for (int j = 0; j < 20; j++) {
            a[j] = j;
            b[j] = -j * 0.5;
        }
        int[] first = TopKTargets.choose(TopKTargets.Case.RANDOM, a, g, 5, 0);
        assertArrayEquals(first, TopKTargets.choose(TopKTargets.Case.RANDOM, b, g, 5, 0), "logits do not matter");
        assertEquals(5, Arrays.stream(first).distinct().count());
        for (int j : first) {
            assertEquals(0, g[j], "never a GT label");
        }
        assertNotEquals(Arrays.toString(first),
                Arrays.toString(TopKTargets.choose(TopKTargets.Case.RANDOM, a, g, 5, 1)), "the seed matters");
    }
}
