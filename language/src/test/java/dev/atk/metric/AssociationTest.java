package dev.atk.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pearson and Spearman on vectors small enough to check by hand (the derivations are in the comments). */
class AssociationTest {
    @Test
    void pearsonOfAKnownPair() {
        // deviations (−2,−1,0,1,2) and (−2,0,1,0,1): Σxy = 6, Σxx = 10, Σyy = 6, r = 6/√60
        assertEquals(6 / Math.sqrt(60), Association.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}),
                1e-12);
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        assertArrayEquals(new double[] {1, 3, 5.5, 3, 5.5, 3}, Association.ranks(new double[] {1, 2, 5, 2, 5, 2}));
        // ranks of y = (1, 2.5, 4.5, 2.5, 4.5): Σxy = 7, Σxx = 10, Σyy = 9, ρ = 7/√90
        assertEquals(7 / Math.sqrt(90), Association.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}),
                1e-12);
        // a monotone but non-linear relation: ρ = 1, r < 1
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 4, 9, 16, 100};
        assertEquals(1.0, Association.spearman(x, y), 1e-12);
        assertTrue(Association.pearson(x, y) < 0.95);
    }

    @Test
    void incompletePairsAreLeftOutAndDegenerateInputsGiveNaN() {
        double[] x = {1, Double.NaN, 3, 4};
        double[] y = {2, 7, 6, 8};
        assertEquals(3, Association.pairs(x, y));
        assertEquals(Association.pearson(new double[] {1, 3, 4}, new double[] {2, 6, 8}), Association.pearson(x, y));
        assertTrue(Double.isNaN(Association.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
        assertTrue(Double.isNaN(Association.spearman(new double[] {1}, new double[] {2})));
    }
}
