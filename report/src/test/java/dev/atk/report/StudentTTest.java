package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two-sided p-values against closed forms (ν = 1…4), scipy, mpmath (40 digits) and the hand-picked edge cases. */
class StudentTTest {
    /** ν = 1 is the Cauchy distribution: P(|T| ≥ t) = 2·atan(1/|t|)/π. */
    static double p1(double t) { return 2 * Math.atan(1 / Math.abs(t)) / Math.PI; }

    /** ν = 2: P(|T| ≥ t) = 1 − |t|/√(2 + t²). */
    static double p2(double t) { return 1 - Math.abs(t) / Math.sqrt(2 + t * t); }

    /** ν = 3: P(|T| ≥ t) = 1 − (2/π)[u/(1 + u²) + atan(u)] with u = |t|/√3. */
    static double p3(double t) {
        double u = Math.abs(t) / Math.sqrt(3);
        return 1 - 2 * (u / (1 + u * u) + Math.atan(u)) / Math.PI;
    }

    /** ν = 4: P(|T| ≥ t) = 1 − |t|/√(4 + t²) · (1 + 2/(4 + t²)). */
    static double p4(double t) {
        return 1 - Math.abs(t) / Math.sqrt(4 + t * t) * (1 + 2 / (4 + t * t));
    }

    @Test
    void closedFormsForSmallDegreesOfFreedom() {
        for (double t : new double[] {-7.5, -2.0, -0.3, 0.0, 0.4, 1.0, 2.262, 8.660254037844386, 30}) {
            assertEquals(p1(t), StudentT.twoSidedP(t, 1), 1e-13, "ν=1 t=" + t);
            assertEquals(p2(t), StudentT.twoSidedP(t, 2), 1e-13, "ν=2 t=" + t);
            assertEquals(p3(t), StudentT.twoSidedP(t, 3), 1e-13, "ν=3 t=" + t);
            assertEquals(p4(t), StudentT.twoSidedP(t, 4), 1e-13, "ν=4 t=" + t);
        }
    }

    @Test
    void tableValues() {
        assertEquals(0.05, StudentT.twoSidedP(2.262, 9), 1e-4);        // t_{0.975, 9} = 2.2622
        assertEquals(0.05, StudentT.twoSidedP(12.706, 1), 1e-4);       // t_{0.975, 1} = 12.706
        assertEquals(0.01, StudentT.twoSidedP(2.845, 20), 1e-4);       // t_{0.995, 20} = 2.845
        assertEquals(0.05, StudentT.twoSidedP(2.571, 5), 1e-4);        // t_{0.975, 5} = 2.571
        assertEquals(0.05, StudentT.twoSidedP(1.9719, 200), 1e-4);     // t_{0.975, 200} = 1.9719
    }

    /** scipy 1.17: 2 * scipy.stats.t.sf(t, ν); each agrees with mpmath to 1e-15 or better. */
    @Test
    void referenceValuesFromScipy() {
        assertRelative(0.07338803477074037, StudentT.twoSidedP(2, 10), 1e-13);
        assertRelative(0.01811564906806669, StudentT.twoSidedP(2.5, 30), 1e-13);
        assertRelative(0.02345118997086185, StudentT.twoSidedP(5, 2.5), 1e-13);
        assertRelative(0.9203643690236041, StudentT.twoSidedP(0.1, 1000), 1e-13);
        assertRelative(1.3726045194406417e-27, StudentT.twoSidedP(40, 30), 1e-13);
        // the report's usual ν: 100 images paired (99) or pooled (198)
        assertRelative(0.19661956964342342, StudentT.twoSidedP(1.3, 99), 1e-13);
        assertRelative(0.03699534749970377, StudentT.twoSidedP(2.1, 198), 1e-13);
        assertRelative(0.9840836262786329, StudentT.twoSidedP(0.02, 99), 1e-13);
        assertRelative(0.002706448189997666, StudentT.twoSidedP(3, 1e4), 1e-12);
    }

    /**
     * mpmath betainc at 40 digits. A tiny t at large ν is where the plain TDistribution route loses digits (it works
     * with 1 − x); the huge-ν cases bound the precision: about ν·1e-16 relative.
     */
    @Test
    void referenceValuesFromMpmath() {
        assertRelative(0.99999920312222918477, StudentT.twoSidedP(1e-6, 198), 1e-14);
        assertRelative(0.002699862541421797059, StudentT.twoSidedP(3, 1e6), 1e-9);
        assertRelative(0.045500533851319208421, StudentT.twoSidedP(2, 1e6), 1e-9);
        assertRelative(0.049998563194301638034, StudentT.twoSidedP(1.96, 1e5), 1e-10);
        // either side of ν = 200, where the previous hand-written ln B switched method
        assertRelative(0.04685319296717185634, StudentT.twoSidedP(2, 199.999), 1e-13);
        assertRelative(0.04685317940703805046, StudentT.twoSidedP(2, 200.001), 1e-13);
    }

    static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance);
    }

    @Test
    void zeroAndSymmetry() {
        assertEquals(1.0, StudentT.twoSidedP(0, 7));
        assertEquals(1.0, StudentT.twoSidedP(0, 1e6));
        assertEquals(StudentT.twoSidedP(1.7, 6.5), StudentT.twoSidedP(-1.7, 6.5));
    }

    @Test
    void fractionalDegreesOfFreedomLieBetween() {
        double p2 = StudentT.twoSidedP(2, 2), p25 = StudentT.twoSidedP(2, 2.5), p3 = StudentT.twoSidedP(2, 3);
        assertTrue(p2 > p25 && p25 > p3, p2 + " " + p25 + " " + p3);
    }

    @Test
    void tinyPValuesKeepTheirDigits() {
        // ν = 1: P(|T| ≥ t) = 2·atan(1/t)/π, about 6.366e-7 at t = 1e6; 1 − cdf would lose it.
        double exact = 2 * Math.atan(1e-6) / Math.PI;
        assertEquals(exact, StudentT.twoSidedP(1e6, 1), exact * 1e-12);
        double p = StudentT.twoSidedP(40, 30);
        assertTrue(p > 0 && p < 1e-25, "p = " + p);
    }

    @Test
    void edgeCases() {
        assertTrue(Double.isNaN(StudentT.twoSidedP(1, 0)));
        assertTrue(Double.isNaN(StudentT.twoSidedP(1, -2)));
        assertTrue(Double.isNaN(StudentT.twoSidedP(Double.NaN, 3)));
        assertTrue(Double.isNaN(StudentT.twoSidedP(1, Double.NaN)));
        assertEquals(0, StudentT.twoSidedP(Double.POSITIVE_INFINITY, 3));
        assertEquals(0, StudentT.twoSidedP(Double.NEGATIVE_INFINITY, 3));
        assertEquals(0, StudentT.twoSidedP(1e200, 3));
    }
}
