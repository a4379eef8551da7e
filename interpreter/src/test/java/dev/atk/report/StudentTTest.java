package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Against closed forms (ν = 1, 2, 3, 4), textbook table values and the normal limit. */
class StudentTTest {
    /** ν = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/π. */
    static double cdf1(double t) { return 0.5 + Math.atan(t) / Math.PI; }

    /** ν = 2: F(t) = 1/2 + t / (2√(2 + t²)). */
    static double cdf2(double t) { return 0.5 + t / (2 * Math.sqrt(2 + t * t)); }

    /** ν = 3: F(t) = 1/2 + (1/π)[ (t/√3)/(1 + t²/3) + atan(t/√3) ]. */
    static double cdf3(double t) {
        double u = t / Math.sqrt(3);
        return 0.5 + (u / (1 + t * t / 3) + Math.atan(u)) / Math.PI;
    }

    /** ν = 4: F(t) = 1/2 + t/(2√(4 + t²)) · (1 + 2/(4 + t²)). */
    static double cdf4(double t) {
        return 0.5 + t / (2 * Math.sqrt(4 + t * t)) * (1 + 2 / (4 + t * t));
    }

    @Test
    void closedFormsForSmallDegreesOfFreedom() {
        for (double t : new double[] {-7.5, -2.0, -0.3, 0.0, 0.4, 1.0, 2.262, 8.660254037844386, 30}) {
            assertEquals(cdf1(t), StudentT.cdf(t, 1), 1e-13, "ν=1 t=" + t);
            assertEquals(cdf2(t), StudentT.cdf(t, 2), 1e-13, "ν=2 t=" + t);
            assertEquals(cdf3(t), StudentT.cdf(t, 3), 1e-13, "ν=3 t=" + t);
            assertEquals(cdf4(t), StudentT.cdf(t, 4), 1e-13, "ν=4 t=" + t);
        }
    }

    @Test
    void tableValues() {
        assertEquals(0.07339, StudentT.twoSidedP(2.0, 10), 5e-6);      // scipy: 2*t.sf(2, 10) = 0.0733880
        assertEquals(0.05, StudentT.twoSidedP(2.262, 9), 1e-4);        // t_{0.975, 9} = 2.2622
        assertEquals(0.05, StudentT.twoSidedP(12.706, 1), 1e-4);       // t_{0.975, 1} = 12.706
        assertEquals(0.01, StudentT.twoSidedP(2.845, 20), 1e-4);       // t_{0.995, 20} = 2.845
        assertEquals(0.975, StudentT.cdf(2.571, 5), 1e-4);             // t_{0.975, 5} = 2.571
    }

    /** Two-sided p from mpmath: betainc(ν/2, 1/2, 0, ν/(ν+t²), regularized=True) at 40 digits. */
    @Test
    void referenceValuesFromMpmath() {
        // Lanczos ln Γ is good to ~1e-15 of values near 100, which the p-values inherit: hence 1e-12, not 1e-15.
        assertRelative(0.07338803477074036561, StudentT.twoSidedP(2, 10), 1e-12);
        assertRelative(0.01811564906806669410, StudentT.twoSidedP(2.5, 30), 1e-12);
        assertRelative(0.002699862541421797059, StudentT.twoSidedP(3, 1e6), 1e-11);
        assertRelative(0.02345118997086184706, StudentT.twoSidedP(5, 2.5), 1e-12);
        assertRelative(0.9203643690236041311, StudentT.twoSidedP(0.1, 1000), 1e-12);
        assertRelative(1.372604519440640279e-27, StudentT.twoSidedP(40, 30), 1e-11);
    }

    static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance);
    }

    @Test
    void largeDegreesOfFreedomApproachTheNormal() {
        // F_ν − Φ ≈ φ(t)(t³ + t)/(4ν): about 1e-10 at ν = 10⁹, so these hold to 1e-9.
        assertEquals(0.9750021048517795, StudentT.cdf(1.96, 1e9), 1e-9);   // Φ(1.96)
        assertEquals(0.05, StudentT.twoSidedP(1.959963984540054, 1e9), 1e-9);
        assertEquals(0.15865525393145707, StudentT.cdf(-1.0, 1e9), 1e-9); // Φ(−1)
        assertEquals(0.05, StudentT.twoSidedP(1.9719, 200), 1e-4);         // t_{0.975, 200} = 1.9719
        // Either side of the switch to Stirling's series in ln B at ν = 200 (mpmath values).
        assertRelative(0.04685319296717185634, StudentT.twoSidedP(2, 199.999), 1e-11);
        assertRelative(0.04685317940703805046, StudentT.twoSidedP(2, 200.001), 1e-11);
    }

    @Test
    void zeroAndSymmetry() {
        assertEquals(1.0, StudentT.twoSidedP(0, 7));
        assertEquals(0.5, StudentT.cdf(0, 7), 1e-15);
        assertEquals(1 - StudentT.cdf(1.7, 6.5), StudentT.cdf(-1.7, 6.5), 1e-14);
        assertEquals(StudentT.twoSidedP(1.7, 6.5), StudentT.twoSidedP(-1.7, 6.5));
    }

    @Test
    void fractionalDegreesOfFreedomLieBetween() {
        double p2 = StudentT.twoSidedP(2, 2), p25 = StudentT.twoSidedP(2, 2.5), p3 = StudentT.twoSidedP(2, 3);
        assertTrue(p2 > p25 && p25 > p3, p2 + " " + p25 + " " + p3);
    }

    @Test
    void tinyPValuesKeepTheirDigits() {
        // ν = 1: P(|T| ≥ t) = 1 − 2·atan(t)/π = 2·atan(1/t)/π, about 6.366e-7 at t = 1e6; 1 − cdf would lose it.
        double exact = 2 * Math.atan(1e-6) / Math.PI;
        assertEquals(exact, StudentT.twoSidedP(1e6, 1), exact * 1e-9);
        double p = StudentT.twoSidedP(40, 30);
        assertTrue(p > 0 && p < 1e-25, "p = " + p);
    }

    @Test
    void edgeCases() {
        assertTrue(Double.isNaN(StudentT.twoSidedP(1, 0)));
        assertTrue(Double.isNaN(StudentT.twoSidedP(Double.NaN, 3)));
        assertEquals(0, StudentT.twoSidedP(Double.POSITIVE_INFINITY, 3));
        assertEquals(0, StudentT.twoSidedP(1e200, 3));
        assertEquals(1, StudentT.cdf(Double.POSITIVE_INFINITY, 3));
        assertEquals(0, StudentT.cdf(Double.NEGATIVE_INFINITY, 3));
    }
}
