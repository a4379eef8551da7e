package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Holm's correction against values computed by hand (and by statsmodels' multipletests(method="holm")). */
class HolmAdjustmentTest {

    @Test
    void stepDownWithMonotonicityAndCap() {
        // sorted: 0.01·4 = 0.04, 0.02·3 = 0.06, 0.03·2 = 0.06, 0.5·1 = 0.5
        assertArrayEquals(new double[] {0.06, 0.04, 0.5, 0.06},
                HolmAdjustment.adjust(new double[] {0.03, 0.01, 0.5, 0.02}), 1e-12);
        // monotone: 0.04·3 = 0.12, then 0.045·2 = 0.09 is raised to 0.12; the largest is multiplied by 1
        assertArrayEquals(new double[] {0.12, 0.12, 0.9}, HolmAdjustment.adjust(new double[] {0.04, 0.045, 0.9}),
                1e-12);
        // capped at 1: 0.3·3 = 0.9, 0.6·2 = 1.2 → 1
        assertArrayEquals(new double[] {0.9, 1.0, 1.0}, HolmAdjustment.adjust(new double[] {0.3, 0.6, 0.7}), 1e-12);
    }

    @Test
    void undefinedValuesStayAndDoNotCount() {
        assertArrayEquals(new double[] {Double.NaN, 0.02, 0.04},
                HolmAdjustment.adjust(new double[] {Double.NaN, 0.01, 0.04}), 1e-12);
        assertArrayEquals(new double[] {}, HolmAdjustment.adjust(new double[] {}), 0);
    }
}
