package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    /** True when {@code step} is 1, 2 or 5 times a power of ten. */
    private static boolean isOneTwoFive(double step) {
        double exponent = Math.floor(Math.log10(step));
        double mantissa = step / Math.pow(10, exponent);
        return Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9
                || Math.abs(mantissa - 10) < 1e-9;
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        double[] spans = {1e-6, 3.7e-4, 0.0125, 0.19, 0.7, 1, 2.5, 3, 7.3, 13, 99, 1234, 5e7};
        for (double span : spans) {
            for (int target = 2; target <= 10; target++) {
                double step = Ticks.niceStep(span, target);
                assertTrue(isOneTwoFive(step), "span " + span + " target " + target + " gave step " + step);
                double count = span / step;
                assertTrue(count >= target / 3.0 && count <= target * 2.0,
                        "span " + span + " target " + target + " gave " + count + " intervals");
            }
        }
    }

    @Test
    void knownSteps() {
        assertEquals(1.0, Ticks.niceStep(10, 10));
        assertEquals(2.0, Ticks.niceStep(10, 5));
        assertEquals(5.0, Ticks.niceStep(23, 5));
        assertEquals(0.05, Ticks.niceStep(0.2, 4), 1e-15);
        assertEquals(100.0, Ticks.niceStep(850, 8));
    }

    @Test
    void linearWidensToTicksAndLabelsAreClean() {
        TickSet ticks = Ticks.linear(0, 0.93, 5);
        assertEquals(0, ticks.lower());
        assertEquals(1.0, ticks.upper(), 1e-12);
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), ticks.labels());
        assertEquals(0.6, ticks.ticks().get(3).value());
    }

    @Test
    void tenthsNeverShowFloatingPointNoise() {
        TickSet ticks = Ticks.linear(0, 0.7, 7);
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), ticks.labels());
        assertEquals(0.3, ticks.ticks().get(3).value());
    }

    @Test
    void withinKeepsTheRange() {
        TickSet ticks = Ticks.linearWithin(-0.008, 0.208, 7);
        assertEquals(-0.008, ticks.lower());
        assertEquals(0.208, ticks.upper());
        assertEquals(List.of("0.00", "0.05", "0.10", "0.15", "0.20"), ticks.labels());
    }

    @Test
    void negativeTicksUseATrueMinusSign() {
        TickSet ticks = Ticks.linear(-1, 1, 4);
        assertEquals(List.of("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0"), ticks.labels());
    }

    @Test
    void integersHaveNoDecimals() {
        assertEquals(List.of("0", "2", "4", "6", "8"), Ticks.linear(0, 7.3, 4).labels());
    }

    @Test
    void snappedStretchesOnlyToNearTicks() {
        TickSet near = Ticks.snapped(0, 9.7, 5);
        assertEquals(10, near.upper(), 1e-12);
        TickSet far = Ticks.snapped(-1.07, 2.67, 4);
        assertEquals(-1.07, far.lower());
        assertEquals(3, far.upper(), 1e-12);
    }

    @Test
    void emptyRangeIsWidened() {
        TickSet ticks = Ticks.linear(5, 5, 5);
        assertTrue(ticks.lower() < 5 && ticks.upper() > 5);
        TickSet zero = Ticks.linear(0, 0, 5);
        assertTrue(zero.lower() < 0 && zero.upper() > 0);
    }

    @Test
    void logTicksAreDecadesOverAWideRange() {
        TickSet ticks = Ticks.log(0.001, 1000);
        assertEquals(List.of("0.001", "0.01", "0.1", "1", "10", "100", "1000"), ticks.labels());
    }

    @Test
    void logTicksAddTwoAndFiveOverAShortRange() {
        TickSet ticks = Ticks.log(0.01, 0.2);
        assertEquals(List.of("0.01", "0.02", "0.05", "0.1", "0.2"), ticks.labels());
    }

    @Test
    void logTicksThinOutOverManyDecades() {
        TickSet ticks = Ticks.log(1e-12, 1e12);
        assertTrue(ticks.ticks().size() <= 9, "too many ticks: " + ticks.labels());
        assertTrue(ticks.labels().contains("1"), ticks.labels().toString());
        assertTrue(ticks.labels().contains("1e\u221212"), ticks.labels().toString());
    }

    @Test
    void logFallsBackToLinearInsideOneDecade() {
        TickSet ticks = Ticks.log(0.31, 0.39);
        assertTrue(ticks.ticks().size() >= 2, ticks.labels().toString());
        ticks.ticks().forEach(t -> assertTrue(t.value() >= 0.31 && t.value() <= 0.39));
    }

    @Test
    void formatUsesTheStepsDecimalsAndScientificForExtremes() {
        assertEquals("0.0125", Ticks.format(0.0125, 0.0025));
        assertEquals("3.0", Ticks.format(3, 0.5));
        assertEquals("2e\u22126", Ticks.format(2e-6, 1e-6));
        assertEquals("1.5e7", Ticks.format(1.5e7, 5e6));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ticks.niceStep(0, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.niceStep(Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.niceStep(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Ticks.linear(2, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.linear(0, Double.POSITIVE_INFINITY, 5));
        assertThrows(IllegalArgumentException.class, () -> Ticks.log(0, 10));
        assertThrows(IllegalArgumentException.class, () -> Ticks.format(1, 0));
    }
}
