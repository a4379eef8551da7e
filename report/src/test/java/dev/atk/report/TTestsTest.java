package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paired, Welch and pooled t-tests on data small enough to do by hand; p from the closed forms in StudentTTest. */
class TTestsTest {
    private static double p3(double t) { return StudentTTest.p3(t); }

    @Test
    void pairedByHand() {
        // d = a − b = 2, 3, 3, 2: mean 2.5, sample sd √(1/3), t = 2.5 / (√(1/3)/2) = 5√3, ν = 3.
        TTestResult r = PairedTTest.test(new double[] {4, 5, 6, 5}, new double[] {2, 2, 3, 3});
        assertEquals(5 * Math.sqrt(3), r.t(), 1e-12);
        assertEquals(3, r.df());
        assertEquals(4, r.n());
        assertEquals(p3(5 * Math.sqrt(3)), r.p(), 1e-12);
        assertEquals(0.003239, r.p(), 1e-6);
        assertTrue(r.significant(0.05));

        // d = −1, 2, 1, −1: mean 0.25, sample var 6.75/3 = 2.25, t = 0.25 / (1.5/2) = 1/3.
        TTestResult s = PairedTTest.test(new double[] {5, 6, 6, 6}, new double[] {6, 4, 5, 7});
        assertEquals(1.0 / 3, s.t(), 1e-12);
        assertEquals(p3(1.0 / 3), s.p(), 1e-12);
        assertFalse(s.significant(0.05));
    }

    @Test
    void pairedZeroVarianceDifferences() {
        TTestResult shifted = PairedTTest.test(new double[] {3, 4, 5}, new double[] {1, 2, 3});
        assertEquals(0, shifted.p());
        assertEquals(Double.POSITIVE_INFINITY, shifted.t());
        TTestResult below = PairedTTest.test(new double[] {1, 2, 3}, new double[] {3, 4, 5});
        assertEquals(Double.NEGATIVE_INFINITY, below.t());
        TTestResult same = PairedTTest.test(new double[] {1, 7, 3}, new double[] {1, 7, 3});
        assertEquals(1, same.p());
        assertEquals(0, same.t());
    }

    @Test
    void pairedTooFewOrMismatched() {
        TTestResult one = PairedTTest.test(new double[] {3}, new double[] {1});
        assertTrue(Double.isNaN(one.p()));
        assertFalse(one.significant(0.05));
        assertThrows(IllegalArgumentException.class, () -> PairedTTest.test(new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void welchEqualSizesAndVariances() {
        // a = 1,3; b = 4,6: variances 2 and 2, se² = 2/2 + 2/2 = 2, t = −3/√2, ν = 2² / (1²/1 + 1²/1) = 2.
        // ν = 2: p = 1 − |t| / √(2 + t²).
        TTestResult r = WelchTTest.test(new double[] {1, 3}, new double[] {4, 6});
        double t = -3 / Math.sqrt(2);
        assertEquals(t, r.t(), 1e-12);
        assertEquals(2, r.df(), 1e-12);
        assertEquals(1 - Math.abs(t) / Math.sqrt(2 + t * t), r.p(), 1e-12);
        assertEquals(0.16795, r.p(), 1e-5);
    }

    @Test
    void welchUnequal() {
        // a = 1..4 (mean 2.5, var 5/3), b = 2,4,6,8,10 (mean 6, var 10): se² = 5/12 + 2 = 29/12,
        // ν = (29/12)² / ((5/12)²/3 + 2²/4) = 2523/457.
        TTestResult r = WelchTTest.test(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8, 10});
        assertEquals(-3.5 / Math.sqrt(29.0 / 12), r.t(), 1e-12);
        assertEquals(2523.0 / 457, r.df(), 1e-12);
        assertEquals(StudentT.twoSidedP(r.t(), r.df()), r.p(), 0);
        assertTrue(r.p() > StudentT.twoSidedP(r.t(), 6) && r.p() < StudentT.twoSidedP(r.t(), 5));
        StudentTTest.assertRelative(0.06913359319239241297, r.p(), 1e-13);   // mpmath; scipy ttest_ind(equal_var=False)
        assertEquals(9, r.n());
    }

    @Test
    void welchDegenerate() {
        assertEquals(0, WelchTTest.test(new double[] {2, 2}, new double[] {3, 3, 3}).p());
        assertEquals(1, WelchTTest.test(new double[] {2, 2}, new double[] {2, 2, 2}).p());
        assertTrue(Double.isNaN(WelchTTest.test(new double[] {2}, new double[] {2, 3}).p()));
    }

    @Test
    void pooledIsScipyTtestIndDefault() {
        // a = 1,2,3; b = 3,4,5: pooled variance (2 + 2)/4 = 1, t = −2/√(2/3) = −√6, ν = 4.
        // ν = 4: p = 1 − |t|/√(4 + t²)·(1 + 2/(4 + t²)) = 1 − √0.6 · 1.2 = 0.070484.
        TTestResult r = PooledTTest.test(new double[] {1, 2, 3}, new double[] {3, 4, 5});
        assertEquals(-Math.sqrt(6), r.t(), 1e-12);
        assertEquals(4, r.df());
        assertEquals(1 - Math.sqrt(0.6) * 1.2, r.p(), 1e-12);
        assertEquals(0.070484, r.p(), 1e-6);
        // Equal sizes: pooled and Welch share t.
        assertEquals(r.t(), WelchTTest.test(new double[] {1, 2, 3}, new double[] {3, 4, 5}).t(), 1e-12);
    }

    /** Flips-like samples (integers 0…80) against scipy 1.17: ttest_rel, ttest_ind(equal_var=False), ttest_ind. */
    @Test
    void agreeWithScipy() {
        double[] a = {76, 52, 63, 65, 53, 67, 64, 35, 25, 43, 37, 74, 70, 25, 50};
        double[] b = {70, 54, 56, 71, 53, 63, 65, 34, 22, 42, 36, 62, 71, 18, 50};
        double[] c = {60, 35, 32, 52, 31, 37, 55, 78, 53, 70, 75};
        assertScipy(1.848401262153177, 14.0, 0.08577494237173099, PairedTTest.test(a, b));
        assertScipy(0.10602034560160954, 21.614070629597805, 0.9165440439335577, WelchTTest.test(a, c));
        assertScipy(0.10614388659027844, 24.0, 0.9163504210828202, PooledTTest.test(a, c));
        assertScipy(0.3401012673232129, 27.99514599675955, 0.7363189909772557, WelchTTest.test(a, b));
        assertScipy(0.3401012673232129, 28.0, 0.7363185531925698, PooledTTest.test(a, b));
    }

    private static void assertScipy(double t, double df, double p, TTestResult r) {
        StudentTTest.assertRelative(t, r.t(), 1e-13);
        StudentTTest.assertRelative(df, r.df(), 1e-13);
        StudentTTest.assertRelative(p, r.p(), 1e-13);
    }

    @Test
    void nanObservationsGiveAnUndefinedTest() {
        TTestResult r = PairedTTest.test(new double[] {1, Double.NaN, 3}, new double[] {0, 1, 1});
        assertTrue(Double.isNaN(r.p()));
        assertFalse(r.significant(0.05));
        assertTrue(Double.isNaN(WelchTTest.test(new double[] {1, Double.NaN}, new double[] {0, 1, 1}).p()));
        assertTrue(Double.isNaN(PooledTTest.test(new double[] {1, 2}, new double[] {0, Double.NaN, 1}).p()));
    }

    @Test
    void kindDispatchesAndParses() {
        double[] a = {4, 5, 6, 5}, b = {2, 2, 3, 3};
        assertEquals(PairedTTest.test(a, b), TTestKind.PAIRED.test(a, b));
        assertEquals(WelchTTest.test(a, b), TTestKind.WELCH.test(a, b));
        assertEquals(PooledTTest.test(a, b), TTestKind.POOLED.test(a, b));
        assertEquals(TTestKind.WELCH, TTestKind.fromKeyword("Welch").orElseThrow());
        assertTrue(TTestKind.fromKeyword("anova").isEmpty());
    }
}
