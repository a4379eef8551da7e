package dev.atk.stdlib.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-computed vectors; the first is scikit-learn's documented example (AP 0.8333). */
class MeanAveragePrecisionTest {
    static double ap(double[] s, int... y) {
        boolean[] b = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            b[i] = y[i] == 1;
        }
        return MeanAveragePrecision.averagePrecision(s, b);
    }

    @Test
    void sklearnDocExample() {
        // sklearn.metrics.average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333...
        assertEquals(5.0 / 6, ap(new double[] {0.1, 0.4, 0.35, 0.8}, 0, 0, 1, 1), 1e-12);
    }

    @Test
    void perfectAndWorstRankings() {
        assertEquals(1.0, ap(new double[] {0.9, 0.8, 0.1}, 1, 1, 0), 1e-12);
        // positive ranked last of 4: P at recall 1 = 1/4
        assertEquals(0.25, ap(new double[] {0.9, 0.8, 0.7, 0.1}, 0, 0, 0, 1), 1e-12);
    }

    @Test
    void tiesEnterTogether() {
        // one threshold: all tied → P = 2/3 at R = 1
        assertEquals(2.0 / 3, ap(new double[] {0.5, 0.5, 0.5}, 1, 0, 1), 1e-12);
        // 0.9: P 1, R .5 → .5 ; 0.5 (a positive tied with a negative): P 2/3, R 1 → +1/3
        assertEquals(0.5 + 1.0 / 3, ap(new double[] {0.9, 0.5, 0.5, 0.1}, 1, 1, 0, 0), 1e-12);
        // 0.9: P 1, R .5 ; 0.5 (two negatives): R unchanged ; 0.2: P 2/4, R 1 → + .25
        assertEquals(0.75, ap(new double[] {0.9, 0.5, 0.5, 0.2}, 1, 0, 0, 1), 1e-12);
        // input order must not matter
        assertEquals(0.75, ap(new double[] {0.2, 0.5, 0.9, 0.5}, 1, 0, 1, 0), 1e-12);
    }

    @Test
    void macroMeanSkipsLabelsWithoutPositives() {
        float[][] scores = {{0.9f, 0.1f, 0.3f}, {0.2f, 0.8f, 0.6f}, {0.4f, 0.3f, 0.2f}};
        boolean[][] truth = {{true, false, false}, {false, false, true}, {false, false, true}};
        MeanAveragePrecision.Result r = MeanAveragePrecision.compute(scores, truth);
        assertEquals(2, r.labelsCounted());
        assertTrue(Double.isNaN(r.perLabel()[1]));
        // label 0: 1.0 ; label 2: scores .3(neg) .6(pos) .2(pos) → 0.6: P1 R.5 ; 0.3: P1/2 ; 0.2: P 2/3 R 1 → .5 + 1/3
        assertEquals(1.0, r.perLabel()[0], 1e-7);
        assertEquals(0.5 + 1.0 / 3, r.perLabel()[2], 1e-7);
        assertEquals((1.0 + 0.5 + 1.0 / 3) / 2, r.meanAp(), 1e-7);
        assertEquals(0, r.best());
        assertEquals(2, r.worst());
    }
}
