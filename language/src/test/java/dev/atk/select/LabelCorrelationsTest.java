package dev.atk.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ALGORITHMS.md §5.3–5.4 and §6.2, with §13's ICM/normalisation toy. */
class LabelCorrelationsTest {
    private static final double[][] F = {{1, 0.2}, {-0.2, 0.8}};

    @Test
    void minMaxNormalisationOverTheWholeMatrix() {
        double[][] fn = LabelCorrelations.normalized(F);
        assertArrayEquals(new double[] {1, 1.0 / 3}, fn[0], 1e-12);
        assertArrayEquals(new double[] {0, 5.0 / 6}, fn[1], 1e-12);
        double[][] d = LabelCorrelations.complement(fn);
        assertArrayEquals(new double[] {0, 2.0 / 3}, d[0], 1e-12);
        assertArrayEquals(new double[] {1, 1.0 / 6}, d[1], 1e-12);
    }

    @Test
    void instanceMatrixTakesEachRowFromItsOwnLabelsDirection() {
        // t = [1, 0]: label 0 goes up (row from Fn), label 1 goes down (row from D = 1 − Fn)
        double[][] icm = LabelCorrelations.instanceMatrix(LabelCorrelations.normalized(F), new boolean[] {true, false});
        assertArrayEquals(new double[] {1, 1.0 / 3}, icm[0], 1e-12);
        assertArrayEquals(new double[] {1, 1.0 / 6}, icm[1], 1e-12);
    }

    @Test
    void aConstantMatrixNormalisesToZerosInsteadOfDividingByZero() {
        double[][] fn = LabelCorrelations.normalized(new double[][] {{0.3, 0.3}, {0.3, 0.3}});
        assertArrayEquals(new double[] {0, 0}, fn[0]);
    }

    @Test
    void closenessIsTheDistanceBelowTheThresholdSeenFromTheTarget() {
        float[] p = {0.1f, 0.45f, 0.5f, 0.7f, 0.99f};
        boolean[] up = LabelCorrelations.targetUp(p, 0.5);
        // strict >: 0.5 is negative, so its target is 1
        assertArrayEquals(new boolean[] {true, true, true, false, false}, up);
        double[] c = LabelCorrelations.closeness(p, up);
        for (int i = 0; i < p.length; i++) {
            assertEquals(0.5 - Math.abs(p[i] - 0.5), c[i], 1e-6, "label " + i);
        }
    }

    @Test
    void shapesMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> LabelCorrelations.instanceMatrix(F, new boolean[] {true, true, false}));
    }
}
