package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** MLA-LP's linear program on LPs with known optima, and the scaled encoding against the reference's. */
class LinearProgramTest {

    @Test
    void oneConstraintNeedsItsDeficitOverTheL1NormOnEveryPixel() {
        double[] w = {0.5, -2, 1, 0.25, -0.25};
        double c = 0.8; // w·r ≤ −c: the best r moves every pixel by z against sign(w), z = c/‖w‖₁
        double z = c / 4;
        for (boolean scaled : new boolean[] {true, false}) {
            LinearProgram.Solution s = scaled ? LinearProgram.minimiseLinf(w, new double[] {-c}, 5)
                    : LinearProgram.minimiseLinfReferenceForm(w, new double[] {-c}, 5);
            assertTrue(s.optimal());
            assertEquals(z, s.z(), 1e-12);
            double[] expected = new double[5];
            for (int k = 0; k < 5; k++) {
                expected[k] = -z * Math.signum(w[k]);
            }
            assertArrayEquals(expected, s.r(), 1e-12, scaled ? "scaled" : "reference form");
            if (scaled) {
                assertEquals(1, s.solves(), "one row: the first start is the optimum");
                assertEquals(0, s.gap(), 1e-15, "and the duality bound proves it");
            }
            assertEquals(6, s.variables());
            assertEquals(scaled ? 1 : 11, s.constraints(), "bounds are not rows; the reference form has 2d more");
        }
    }

    @Test
    void twoConstraintsOnDisjointPixelsNeedTheLargerOfTheirSteps() {
        // w1 on pixels 0..1 (‖·‖₁ = 2), w2 on pixels 2..3 (‖·‖₁ = 1): z* = max(0.6/2, 0.5/1)
        double[] a = {1, -1, 0, 0, 0, 0, 0.5, 0.5};
        LinearProgram.Solution s = LinearProgram.minimiseLinf(a, new double[] {-0.6, -0.5}, 4);
        assertTrue(s.optimal());
        assertEquals(0.5, s.z(), 1e-12);
        assertEquals(-0.5, s.r()[2], 1e-12);
        assertEquals(-0.5, s.r()[3], 1e-12);
        assertTrue(s.r()[0] - s.r()[1] <= -0.6 + 1e-12, "the looser row holds too");
    }

    @Test
    void aDeficitBeyondTheBoxIsInfeasibleAndGivesNoStep() {
        double[] w = {0.1, -0.2, 0.3}; // ‖w‖₁ = 0.6 < 0.7: even ‖r‖∞ = 1 cannot reach
        for (boolean scaled : new boolean[] {true, false}) {
            LinearProgram.Solution s = scaled ? LinearProgram.minimiseLinf(w, new double[] {-0.7}, 3)
                    : LinearProgram.minimiseLinfReferenceForm(w, new double[] {-0.7}, 3);
            assertFalse(s.optimal(), scaled ? "scaled" : "reference form");
            assertArrayEquals(new double[3], s.r());
        }
        // a deficit the box can meet: z* = 0.55/0.6 < 1
        LinearProgram.Solution inside = LinearProgram.minimiseLinf(w, new double[] {-0.55}, 3);
        assertTrue(inside.optimal());
        assertEquals(0.55 / 0.6, inside.z(), 1e-12);
    }

    @Test
    void alreadySatisfiedRowsNeedNoStep() {
        double[] a = {1, 2, -1, 0.5};
        LinearProgram.Solution s = LinearProgram.minimiseLinf(a, new double[] {0.3, 0}, 2);
        assertTrue(s.optimal());
        assertEquals(0, s.z());
        assertArrayEquals(new double[2], s.r());
        LinearProgram.Solution ref = LinearProgram.minimiseLinfReferenceForm(a, new double[] {0.3, 0}, 2);
        assertEquals(0, ref.z(), 1e-12);
    }

    @Test
    void theScaledEncodingHasTheReferenceFormsOptimumOnRandomLps() {
        Random random = new Random(7);
        int d = 30;
        for (int trial = 0; trial < 20; trial++) {
            int rows = 1 + random.nextInt(5);
            double[] a = new double[rows * d];
            double[] b = new double[rows];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextGaussian() * (random.nextInt(4) == 0 ? 0 : 0.1); // some sparsity
            }
            for (int j = 0; j < rows; j++) {
                b[j] = random.nextBoolean() ? -random.nextDouble() : random.nextDouble();
            }
            LinearProgram.Solution s = LinearProgram.minimiseLinf(a, b, d);
            LinearProgram.Solution ref = LinearProgram.minimiseLinfReferenceForm(a, b, d);
            assertEquals(ref.optimal(), s.optimal(), "trial " + trial);
            if (s.optimal()) {
                assertEquals(ref.z(), s.z(), 1e-9, "trial " + trial);
                assertTrue(s.gap() <= LinearProgram.GAP, "trial " + trial + ": certified, gap " + s.gap());
                assertFeasible(a, b, d, s);
            }
        }
    }

    @Test
    void theDualBoundOfOneRowIsItsOptimum() {
        double[] w = {0.5, -2, 1, 0.25, -0.25};
        assertEquals(0.2, LinearProgram.dualBound(w, new double[] {-0.8}, new double[] {3}, 1, 5), 1e-15);
        assertEquals(0, LinearProgram.dualBound(w, new double[] {0.8}, new double[] {3}, 1, 5), "no deficit: no bound");
    }

    /**
     * The measurement the benchmark quotes: LPs at the bundled fashion model's input size (d = 1×56×56) with 10 and
     * with 40 label rows (fashion_cnn has 40 labels), a random Jacobian of the loss's typical scale, a quarter of the
     * rows violated. The reference encoding (about 35 s each here) only with {@code -Datk.lp.measureReference=true}.
     */
    @Test
    void lpsAtTheFashionModelsSizeAreCertifiedOptimal() {
        int d = 56 * 56;
        for (int rows : new int[] {10, 40}) {
            Random random = new Random(1);
            double[] a = new double[rows * d];
            double[] b = new double[rows];
            for (int j = 0; j < rows; j++) {
                for (int k = 0; k < d; k++) {
                    a[j * d + k] = random.nextGaussian() * 0.01;
                }
                b[j] = j % 4 == 0 ? -(0.1 + random.nextDouble()) : 0.1 + 2 * random.nextDouble();
            }
            LinearProgram.minimiseLinf(a, b, d); // warm-up: the first solve also loads and compiles the solver
            int runs = 2;
            double seconds = 0;
            LinearProgram.Solution s = null;
            for (int i = 0; i < runs; i++) {
                s = LinearProgram.minimiseLinf(a, b, d);
                seconds += s.seconds();
            }
            assertTrue(s.optimal());
            assertTrue(s.gap() <= LinearProgram.GAP, "gap " + s.gap());
            assertFeasible(a, b, d, s);
            System.out.printf("MLA-LP LP, d = %d, C = %d: %d variables, %d constraint rows (reference encoding: %d), "
                    + "z* = %.9f, %d solve(s), gap %.1e, %.1f ms%n", d, rows, s.variables(), s.constraints(),
                    s.constraints() + 2 * d, s.z(), s.solves(), s.gap(), seconds / runs * 1e3);
            if (Boolean.getBoolean("atk.lp.measureReference")) {
                LinearProgram.Solution ref = LinearProgram.minimiseLinfReferenceForm(a, b, d);
                System.out.printf("  reference encoding: %d rows, z = %.9f, %.1f s%n", ref.constraints(), ref.z(),
                        ref.seconds());
                assertTrue(s.z() <= ref.z() + 1e-9, "never above the reference encoding's solve");
            }
        }
    }

    /**
     * The certificate at work: started from the opposite of the usual sign pattern, ojAlgo's first solve at this size
     * stops at a vertex it calls optimal but the duality bound does not confirm, and the re-solves from its
     * multipliers reach the optimum the usual start finds at once.
     */
    @Test
    void aPoorStartIsCaughtByTheDualBoundAndSolvedAgain() {
        int d = 56 * 56; // smaller LPs of this kind come out optimal from any start
        int rows = 20;
        Random random = new Random(1);
        double[] a = new double[rows * d];
        double[] b = new double[rows];
        for (int j = 0; j < rows; j++) {
            for (int k = 0; k < d; k++) {
                a[j * d + k] = random.nextGaussian() * 0.01;
            }
            b[j] = j % 4 == 0 ? -(0.1 + random.nextDouble()) : 0.1 + 2 * random.nextDouble();
        }
        double[] opposite = new double[rows];
        for (int j = 0; j < rows; j++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += Math.abs(a[j * d + k]);
            }
            opposite[j] = -Math.max(0, -b[j] * d / norm);
        }
        LinearProgram.Solution usual = LinearProgram.minimiseLinf(a, b, d);
        LinearProgram.Solution poor = LinearProgram.minimiseLinf(a, b, d, opposite);
        assertTrue(poor.solves() > 1, "the poor start's first vertex is not proven optimal");
        assertTrue(poor.gap() <= LinearProgram.GAP, "gap " + poor.gap());
        assertEquals(usual.z(), poor.z(), 1e-9);
        assertFeasible(a, b, d, poor);
    }

    private static void assertFeasible(double[] a, double[] b, int d, LinearProgram.Solution s) {
        for (int k = 0; k < d; k++) {
            assertTrue(Math.abs(s.r()[k]) <= s.z() + 1e-12 && s.z() <= 1 + 1e-12, "|r_k| ≤ z ≤ 1");
        }
        for (int j = 0; j < b.length; j++) {
            double dot = 0;
            for (int k = 0; k < d; k++) {
                dot += a[j * d + k] * s.r()[k];
            }
            assertTrue(dot <= b[j] + 1e-9 * (1 + Math.abs(b[j])), "row " + j + ": " + dot + " > " + b[j]);
        }
    }
}
