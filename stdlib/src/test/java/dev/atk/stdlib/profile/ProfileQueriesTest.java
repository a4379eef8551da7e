package dev.atk.stdlib.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atk.spi.ProfileResult;
import org.junit.jupiter.api.Test;

/** SLAM's p and CLASS's subset length from the stored profiles (ALGORITHMS.md §4.4 coefficients, §6.1 table). */
class ProfileQueriesTest {
    private static final double[] FRACTIONS = {0.5, 1, 2, 4, 6, 8, 10};

    private static void checkRow(ProfileResult p, int[] estimates, int[] lengths, double[] slamP) {
        double minEps = p.epsMax() / 10;
        for (int i = 0; i < FRACTIONS.length; i++) {
            double eps = FRACTIONS[i] * minEps;
            assertEquals(estimates[i], p.classEstimate(eps), "estimate at " + eps);
            assertEquals(lengths[i], p.classLength(eps, 1.66), "subset length at " + eps);
            assertEquals(slamP[i], p.slamP(eps), 5e-5, "SLAM p at " + eps);
        }
    }

    @Test
    void aslCoco() {
        ProfileResult p = ProfileResult.declared(new double[] {-3.441010, 9325.788, -338878.33, 3996733.9}, 0.03125,
                80);
        checkRow(p, new int[] {10, 22, 42, 67, 78, 80, 79}, new int[] {16, 36, 69, 80, 80, 80, 80},
                new double[] {.1290, .2814, .5323, .8498, .9828, 1.0, 1});
    }

    @Test
    void q2lNus() {
        ProfileResult p = ProfileResult.declared(new double[] {-0.1559470, 578.33544, -3056.0588, 7658.5817,
            -7618.2225}, 0.234375, 81);
        checkRow(p, new int[] {6, 11, 20, 32, 39, 41, 43}, new int[] {9, 18, 33, 53, 64, 68, 71},
                new double[] {.0767, .1459, .2591, .4065, .4822, .5174, 1});
    }

    @Test
    void slamPBoundaries() {
        ProfileResult p = ProfileResult.declared(new double[] {-3, 100}, 0.5, 10);
        assertEquals(0, p.slamP(0));            // max(0, c0)/C, no ε ≤ 0 branch
        assertEquals(1, p.slamP(0.5));          // ε ≥ eps_max (the code's ≥)
        assertEquals(0.2, p.slamP(0.05), 1e-12);
        assertEquals(1, p.slamP(0.4));          // min(1, E/C)
    }
}
