package dev.atk.stdlib.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The profile stop rule (ALGORITHMS.md §4.1 step 5, §13). */
class StopRuleTest {

    @Test
    void section13ExampleStopsAfterTheFourthMeasurement() {
        StopRule r = new StopRule(0.01, 200);
        assertFalse(r.add(10));   // Δ0 = 10
        assertFalse(r.add(18));   // 0.8
        assertFalse(r.add(19));   // 0.1
        assertTrue(r.add(19.05)); // 0.005 < 0.01
        assertTrue(r.converged());
        assertEquals(4, r.measurements());
        assertArrayEquals(new double[] {0, 10, 18, 19, 19.05}, r.values());
        assertEquals(10, r.firstIncrease());
        assertThrows(IllegalStateException.class, () -> r.add(20));
    }

    @Test
    void allZeroMeasurementsStopAtTheCapUnconverged() {
        StopRule r = new StopRule(0.01, 5);
        for (int i = 0; i < 4; i++) {
            assertFalse(r.add(0), "a first measurement of 0 must not stop (nor crash) the probe");
        }
        assertTrue(r.add(0));
        assertFalse(r.converged());
        assertEquals(5, r.measurements());
        assertTrue(Double.isNaN(r.firstIncrease()));
    }

    @Test
    void zeroStartWaitsForTheFirstIncrease() {
        StopRule r = new StopRule(0.01, 100);
        assertFalse(r.add(0));
        assertFalse(r.add(0));
        assertFalse(r.add(4));    // Δ0 = 4
        assertFalse(r.add(7));    // 0.75
        assertTrue(r.add(7.03));  // 0.0075
        assertTrue(r.converged());
        assertEquals(4, r.firstIncrease());
    }

    @Test
    void zeroOrNegativeDeltaCountsAsConverged() {
        StopRule a = new StopRule(0.01, 100);
        a.add(10);
        assertTrue(a.add(10));
        assertTrue(a.converged());
        StopRule b = new StopRule(0.01, 100);
        b.add(10);
        assertTrue(b.add(9.5));
        assertTrue(b.converged());
    }

    @Test
    void capStopsANonConvergingProbe() {
        StopRule r = new StopRule(0.01, 3);
        r.add(1);
        r.add(2);
        assertTrue(r.add(3));
        assertFalse(r.converged());
        assertThrows(IllegalArgumentException.class, () -> new StopRule(0.01, 0));
    }
}
