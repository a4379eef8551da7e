package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.ModelConfig;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TkML-AP-Uv and kUAP on {@link TopKFixture}'s linear model: jittered copies of its image (GT {0}, which leads label 1
 * by 0.5) share one fooling direction, so a δ found on the training images reaches the fooling-rate bound and carries
 * over to held-out images.
 */
class TopKUniversalTest {
    static final int[] ONE = {1, 0, 0, 0, 0};
    private static TopKFixture fx;

    @BeforeAll
    static void setUp() {
        fx = new TopKFixture();
    }

    @AfterAll
    static void tearDown() {
        fx.close();
    }

    /** n copies of the fixture's image with ±0.02 jitter per pixel, all with GT {0}. */
    private static ImageSource jittered(NDManager m, int n, long seed) {
        Random r = new Random(seed);
        int d = fx.pixels.length;
        double[] v = new double[n * d];
        int[][] gt = new int[n][];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < d; p++) {
                v[i * d + p] = fx.pixels[p] + 0.04 * (r.nextDouble() - 0.5);
            }
            gt[i] = ONE.clone();
        }
        return ImageSource.of(m.create(v, new Shape(n, 1, TopKFixture.SIZE, TopKFixture.SIZE)), gt);
    }

    private static UniversalTopK.Options options(UniversalTopK.Method method, int k, double eps, Norm norm,
                                                 boolean faithful) {
        return new UniversalTopK.Options(method, k, 200, 0.01, eps, norm, 0.8, 2, 3, faithful);
    }

    @Test
    void tkmlFindsADeltaThatFoolsTheTrainingSetAndCarriesOverToTestImages() {
        try (NDManager m = fx.manager.newSubManager()) {
            UniversalTopK uv = new UniversalTopK(fx.model, options(UniversalTopK.Method.TKML, 1, 5, Norm.L2, true));
            ImageSource train = jittered(m, 5, 1);
            assertEquals(0, uv.foolingRate(m, null, train), "no image is fooled without δ");
            UniversalTopK.Training t = uv.train(m, train, RunControl.none());
            assertTrue(t.reachedBound());
            assertEquals(1, t.passes(), "one pass suffices");
            assertTrue(t.foolingRates()[0] >= 0.8);
            assertTrue(t.innerAttacks() >= 1 && t.innerSuccesses() >= 1);
            assertArrayEquals(new long[] {1, 1, TopKFixture.SIZE, TopKFixture.SIZE}, t.delta().getShape().getShape());
            List<TopKOutcome> test = uv.evaluate(m, t.delta(), jittered(m, 4, 2), false, RunControl.none());
            double norm = TopKBox.norms(t.delta())[0];
            for (TopKOutcome o : test) {
                assertTrue(o.success(), "held-out image " + o.outcome().item());
                assertEquals(0, ONE[o.adversarialTopK()[0]]);
                assertEquals(norm / 16, o.pert(), 1e-12, "Pert is ‖δ‖₂/(H·W) for every image");
                assertEquals(1, o.queries());
                assertTrue(o.outcome().l2() > 0, "δ was applied");
            }
            List<TopKOutcome> clean = uv.evaluate(m, t.delta().zerosLike(), jittered(m, 4, 2), false,
                    RunControl.none());
            for (TopKOutcome o : clean) {
                assertFalse(o.success(), "without δ nothing is fooled");
            }
        }
    }

    @Test
    void kuapReachesTheBoundInBothModes() {
        for (boolean faithful : new boolean[] {true, false}) {
            try (NDManager m = fx.manager.newSubManager()) {
                UniversalTopK u = new UniversalTopK(fx.model,
                        options(UniversalTopK.Method.KFOOL, 2, 5, Norm.L2, faithful));
                UniversalTopK.Training t = u.train(m, jittered(m, 5, 3), RunControl.none());
                assertTrue(t.reachedBound(), "faithful " + faithful);
                long fooled = u.evaluate(m, t.delta(), jittered(m, 4, 4), false, RunControl.none()).stream()
                        .filter(TopKOutcome::success).count();
                assertTrue(fooled >= 3, "faithful " + faithful + ": " + fooled + " of 4");
            }
        }
    }

    @Test
    void theDefaultRadiusKeepsTheReferencesPerValueSizeInPreTanhSpace() {
        ModelConfig.Input fashion = new ModelConfig.Input(1, 56, 56, 0, 1);
        assertEquals(100 * Math.sqrt(3136 / 270000.0), UniversalTopK.defaultUapEps(fashion), 1e-12);
        assertEquals(100, UniversalTopK.defaultUapEps(new ModelConfig.Input(3, 300, 300, 0, 1)), 1e-12,
                "no box factor: δ is not in pixels");
    }

    @Test
    void theDeltaProjectionIsSkippedOnlyWhereTheReferenceSkipsIt() {
        // far too small to fool anything: Σ_p |w_0p − w_1p|·0.01·boxmul stays well below label 0's lead of 0.5
        double eps = 0.01;
        assertTrue(options(UniversalTopK.Method.TKML, 1, eps, Norm.L2, true).projects(), "the int default 2");
        assertFalse(options(UniversalTopK.Method.TKML, 1, eps, Norm.LINF, true).projects(), "a CLI string");
        assertTrue(options(UniversalTopK.Method.TKML, 1, eps, Norm.LINF, false).projects());
        try (NDManager m = fx.manager.newSubManager()) {
            UniversalTopK.Training fixed = new UniversalTopK(fx.model,
                    options(UniversalTopK.Method.TKML, 1, eps, Norm.LINF, false)).train(m, jittered(m, 3, 5),
                    RunControl.none());
            assertFalse(fixed.reachedBound());
            assertEquals(2, fixed.passes(), "stops at max passes");
            assertTrue(fixed.delta().abs().max().getDouble() <= eps + 1e-12);
            UniversalTopK.Training faithful = new UniversalTopK(fx.model,
                    options(UniversalTopK.Method.TKML, 1, eps, Norm.LINF, true)).train(m, jittered(m, 3, 5),
                    RunControl.none());
            assertTrue(faithful.delta().abs().max().getDouble() > eps, "no projection: δ grows past eps");
        }
    }
}
