package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {
    @Test
    void logGammaKnownValues() {
        assertEquals(Math.log(24), SpecialFunctions.logGamma(5), 1e-13);                 // Γ(5) = 4!
        assertEquals(0.5 * Math.log(Math.PI), SpecialFunctions.logGamma(0.5), 1e-13);    // Γ(1/2) = √π
        assertEquals(0, SpecialFunctions.logGamma(1), 1e-14);
        assertEquals(0, SpecialFunctions.logGamma(2), 1e-14);
        assertEquals(Math.log(Math.sqrt(Math.PI) / 2), SpecialFunctions.logGamma(1.5), 1e-13);
        double ln99Factorial = 0;
        for (int k = 2; k <= 99; k++) ln99Factorial += Math.log(k);
        assertEquals(ln99Factorial, SpecialFunctions.logGamma(100), 1e-10);               // Γ(100) = 99!
        assertEquals(Math.log(Math.PI / Math.sin(Math.PI * 0.25)) - SpecialFunctions.logGamma(0.75),
                SpecialFunctions.logGamma(0.25), 1e-13);                                  // reflection
    }

    @Test
    void logBetaAgreesAcrossTheStirlingSwitch() {
        for (double a : new double[] {100, 150.5, 1000}) {
            double direct = SpecialFunctions.logGamma(a) + SpecialFunctions.logGamma(0.5) - SpecialFunctions.logGamma(a + 0.5);
            assertEquals(direct, SpecialFunctions.logBeta(a, 0.5), 1e-11, "a=" + a);
            assertEquals(SpecialFunctions.logBeta(a, 0.5), SpecialFunctions.logBeta(0.5, a), 0);
        }
        // B(a, 1) = 1/a exactly.
        assertEquals(-Math.log(5e8), SpecialFunctions.logBeta(5e8, 1), 1e-12);
    }

    @Test
    void regularizedBetaClosedForms() {
        for (double x : new double[] {0.0, 0.01, 0.3, 0.5, 0.77, 0.999, 1.0}) {
            assertEquals(x, SpecialFunctions.regularizedBeta(x, 1, 1), 1e-14);                        // uniform
            assertEquals(Math.pow(x, 3.5), SpecialFunctions.regularizedBeta(x, 3.5, 1), 1e-13);       // I_x(a,1) = x^a
            assertEquals(1 - Math.pow(1 - x, 2.5), SpecialFunctions.regularizedBeta(x, 1, 2.5), 1e-13);
            assertEquals(1 - SpecialFunctions.regularizedBeta(1 - x, 4, 2.5),
                    SpecialFunctions.regularizedBeta(x, 2.5, 4), 1e-13);                               // symmetry
        }
        assertEquals(0.5, SpecialFunctions.regularizedBeta(0.5, 7.3, 7.3), 1e-13);
        // I_x(2,2) = 3x² − 2x³
        assertEquals(3 * 0.2 * 0.2 - 2 * 0.2 * 0.2 * 0.2, SpecialFunctions.regularizedBeta(0.2, 2, 2), 1e-14);
    }
}
