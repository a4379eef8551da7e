package dev.atk.stdlib.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Least-squares polynomial fits against numpy.polynomial.polynomial.polyfit (fixtures computed with numpy 2). */
class PolyFitTest {
    /** ALGORITHMS.md §4.4: the stored asl-COCO mean flips on the grid j/256. */
    static final double[] ASL_COCO_FLIPS = {0, 20.15, 53.04, 69.17, 75.51, 77.98, 79.13, 79.56, 79.81};

    static double[] aslCocoGrid() {
        double[] e = new double[9];
        for (int j = 0; j < 9; j++) {
            e[j] = j * 10 * ((1.0 / 256) / 10);
        }
        return e;
    }

    private static void assertCoefficients(double[] expected, double[] actual, double rel) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], rel * Math.abs(expected[k]), "c" + k);
        }
    }

    @Test
    void reproducesTheStoredAslCocoProfile() {
        double[] c = PolyFit.fit(aslCocoGrid(), ASL_COCO_FLIPS, 3);
        // the stored profile (§4.4), 7 significant digits
        assertCoefficients(new double[] {-3.441010, 9325.788, -338878.33, 3996733.9}, c, 1e-6);
        // numpy polyfit, full precision
        assertCoefficients(new double[] {-3.4410101010100766e+00, 9.3257884752284772e+03, -3.3887833396825404e+05,
            3.9967339226936065e+06}, c, 1e-9);
    }

    @Test
    void degreeFourMatchesNumpy() {
        assertCoefficients(new double[] {-1.6711499611499212e+00, 6.9740657446257073e+03, 4.5682271080036313e+04,
            -1.5798816648122530e+07, 3.1672880913305843e+08}, PolyFit.fit(aslCocoGrid(), ASL_COCO_FLIPS, 4), 1e-8);
        double[] e = new double[7];
        for (int j = 0; j < 7; j++) {
            e[j] = j * 0.0390625;
        }
        double[] f = {0, 3.5, 9.25, 14.0, 16.5, 17.25, 17.3};
        assertCoefficients(new double[] {-1.6233766233766621e-02, 3.1662453102453242e+01, 2.0502341818181731e+03,
            -1.4230976905050427e+04, 2.6680857444848298e+04}, PolyFit.fit(e, f, 4), 1e-8);
    }

    @Test
    void recoversAKnownPolynomialExactly() {
        double[] c = {0.3, -2, 150, -4000, 25000};
        double[] x = new double[12];
        double[] y = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 5.0 / 256;
            double v = 0;
            for (int k = c.length - 1; k >= 0; k--) {
                v = v * x[i] + c[k];
            }
            y[i] = v;
        }
        double[] got = PolyFit.fit(x, y, 4);
        for (int k = 0; k < c.length; k++) {
            assertEquals(c[k], got[k], 1e-7 * Math.max(1, Math.abs(c[k])), "c" + k);
        }
    }

    /**
     * A noisy profile on the Q2L NUS-WIDE grid (13 points, step 5/256): the stored §4.4 polynomial plus Gaussian
     * noise, clipped to [0, 81] and rounded to multiples of 0.01 as a mean over 100 images is. Coefficients from
     * numpy.polynomial.polynomial.polyfit in float64 (numpy 2.4).
     */
    @Test
    void noisyProfileMatchesNumpy() {
        double[] e = new double[13];
        for (int j = 0; j < e.length; j++) {
            e[j] = j * 5.0 / 256;
        }
        double[] f = {0, 6.97, 20.25, 28.55, 30.56, 31.87, 35.4, 38.42, 40.5, 43.17, 43.01, 39.15, 42.59};
        assertCoefficients(new double[] {-1.2672947640594943, 689.1358392195976, -4936.533796681617, 19003.11294630928,
            -30595.973663660276}, PolyFit.fit(e, f, 4), 1e-11);
        assertCoefficients(new double[] {-0.5116758241758426, 588.70415984016, -2827.3382681318717, 4661.250291468547},
            PolyFit.fit(e, f, 3), 1e-11);
    }

    @Test
    void exactPolynomialsThroughPoints() {
        // y = 2 − 3x + 0.5x³ on x = 0…5 (all values exact in binary): the cubic fit is the polynomial itself.
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 - 3 * x[i] + 0.5 * x[i] * x[i] * x[i];
        }
        double[] c = PolyFit.fit(x, y, 3);
        assertEquals(2, c[0], 1e-12);
        assertEquals(-3, c[1], 1e-12);
        assertEquals(0, c[2], 1e-12);
        assertEquals(0.5, c[3], 1e-13);
        // a line through two points; a constant through one
        assertCoefficients(new double[] {1, 2}, PolyFit.fit(new double[] {0.25, 0.75}, new double[] {1.5, 2.5}, 1), 1e-14);
        assertCoefficients(new double[] {7, 0, 0}, PolyFit.fit(new double[] {0.5}, new double[] {7}, 2), 1e-15);
    }

    @Test
    void fewerPointsThanCoefficientsInterpolates() {
        // numpy: polyfit(e[:3], f[:3], 2) = [~0, 60.8, 737.28]; asking for degree 4 pads with zeros.
        double[] e = {0, 0.0390625, 0.078125};
        double[] f = {0, 3.5, 9.25};
        double[] c = PolyFit.fit(e, f, 4);
        assertEquals(5, c.length);
        assertEquals(0, c[0], 1e-12);
        assertEquals(60.8, c[1], 1e-9);
        assertEquals(737.28, c[2], 1e-7);
        assertEquals(0, c[3]);
        assertEquals(0, c[4]);
        assertThrows(ArithmeticException.class, () -> PolyFit.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}, 2));
    }
}
