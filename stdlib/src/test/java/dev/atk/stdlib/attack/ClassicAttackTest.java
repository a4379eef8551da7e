package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.ClassicAttack.Kind;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FGSM, FGM, BIM and PGD as recipes of MI-FGSM's parts: closed forms on a linear model, the budget and pixel-range
 * constraints on a CNN, and the identities between the recipes (BIM with one step is FGSM; PGD without its random
 * start and with step ratio 1 is BIM).
 */
class ClassicAttackTest {
    static final int SIZE = 8;
    static NDManager manager;

    @BeforeAll
    static void setUp() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    private static ClassicAttack attack(Kind kind) {
        return new ClassicAttack(kind, 10, 2.5, true);
    }

    /** One label, z = w·x − 1 with x = 0.5 everywhere: the clean prediction is negative, so the target is 1. */
    private static LinearModel oneLabel(double[] w) {
        return new LinearModel(manager, new double[][] {w}, new double[] {-1 - 0.5 * sum(w)}, SIZE);
    }

    @Test
    void fgsmAndFgmMoveALinearLogitByTheDualNormOfItsWeights() {
        Random r = new Random(1);
        double[] w = new double[SIZE * SIZE];
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextGaussian();
        }
        double eps = 0.05; // x ± ε stays inside [0,1]: no clipping, the closed forms hold exactly
        try (LinearModel model = oneLabel(w); NDManager m = manager.newSubManager()) {
            NDArray x = LinearModel.grey(m, 1, SIZE);
            double z0 = model.logits(x).getDouble(0, 0);
            // FGSM: every pixel moves ε along sign(w), so z grows by ε·‖w‖₁ (L∞'s dual norm)
            NDArray fgsm = adversarial(attack(Kind.FGSM), model, m, x, eps);
            assertEquals(z0 + eps * l1(w), model.logits(fgsm).getDouble(0, 0), 1e-5);
            // FGM: a step of length ε along w/‖w‖₂, so z grows by ε·‖w‖₂
            NDArray fgm = adversarial(attack(Kind.FGM), model, m, x, eps);
            assertEquals(z0 + eps * l2(w), model.logits(fgm).getDouble(0, 0), 1e-5);
            assertEquals(eps, fgm.sub(x).norm().getDouble(), 1e-6); // pixels come back as float32
        }
    }

    @Test
    void bimOnALinearModelIsFgsmWhenNothingBinds() {
        double[] w = new double[SIZE * SIZE];
        java.util.Arrays.fill(w, 0.3);
        try (LinearModel model = oneLabel(w); NDManager m = manager.newSubManager()) {
            NDArray x = LinearModel.grey(m, 1, SIZE);
            NDArray bim = adversarial(attack(Kind.BIM), model, m, x, 0.05);
            NDArray fgsm = adversarial(attack(Kind.FGSM), model, m, x, 0.05);
            assertArrayEquals(fgsm.toDoubleArray(), bim.toDoubleArray(), 1e-7, "ten steps of ε/10 in one direction");
        }
    }

    @Test
    void everyRecipeStaysInItsBallAndThePixelRange() {
        try (TinyCnn model = new TinyCnn(manager, 3, DataType.FLOAT64, SIZE, 6); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 5, 4, SIZE, DataType.FLOAT64);
            int[] items = {0, 1, 2, 3};
            double eps = 0.2;
            for (Kind kind : Kind.values()) {
                List<AttackOutcome> out = attack(kind).run(model, MiFgsmConfig.reference(), m, x, items, null,
                        BceLoss.INSTANCE, null, null, eps, 11, false, RunControl.none());
                assertEquals(4, out.size());
                for (AttackOutcome o : out) {
                    if (kind == Kind.FGM) {
                        assertTrue(o.l2() <= eps + 1e-9, kind + " L2 " + o.l2());
                    } else {
                        assertTrue(o.linf() <= eps + 1e-9, kind + " L∞ " + o.linf());
                    }
                    assertEquals(kind == Kind.FGSM || kind == Kind.FGM ? 1 : 10, o.iterations());
                }
            }
            // under the L2 setting, BIM and PGD project onto the L2 ball
            MiFgsmConfig l2 = MiFgsmConfig.reference().withNorm(Norm.L2, Norm.L2_ALPHA);
            for (Kind kind : List.of(Kind.BIM, Kind.PGD)) {
                for (AttackOutcome o : attack(kind).run(model, l2, m, x, items, null, LinearLoss.INSTANCE, null, null, 1.0,
                        11, false, RunControl.none())) {
                    assertTrue(o.l2() <= 1.0 + 1e-9, kind + " L2 " + o.l2());
                }
            }
        }
    }

    @Test
    void recipeIdentitiesAndSeededStarts() {
        try (TinyCnn model = new TinyCnn(manager, 4, DataType.FLOAT64, SIZE, 6); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 6, 3, SIZE, DataType.FLOAT64);
            int[] items = {7, 8, 9};
            double eps = 0.1;
            float[][] fgsm = confidences(new ClassicAttack(Kind.FGSM, 1, 1, false), model, m, x, items, eps, 1);
            float[][] bim1 = confidences(new ClassicAttack(Kind.BIM, 1, 1, false), model, m, x, items, eps, 1);
            assertArrayEquals(fgsm, bim1, "BIM with one step is FGSM");
            float[][] bim = confidences(new ClassicAttack(Kind.BIM, 5, 1, false), model, m, x, items, eps, 1);
            float[][] pgdNoStart = confidences(new ClassicAttack(Kind.PGD, 5, 1, false), model, m, x, items, eps, 1);
            assertArrayEquals(bim, pgdNoStart, "PGD without a random start and step ratio 1 is BIM");
            float[][] pgdA = confidences(new ClassicAttack(Kind.PGD, 5, 2.5, true), model, m, x, items, eps, 1);
            float[][] pgdB = confidences(new ClassicAttack(Kind.PGD, 5, 2.5, true), model, m, x, items, eps, 1);
            float[][] pgdC = confidences(new ClassicAttack(Kind.PGD, 5, 2.5, true), model, m, x, items, eps, 2);
            assertArrayEquals(pgdA, pgdB, "the same seed gives the same start");
            assertFalse(java.util.Arrays.deepEquals(pgdA, pgdC), "another seed, another start");
            // the start depends on (seed, item), not on the batch: image 8 alone gets the same result
            float[][] alone = confidences(new ClassicAttack(Kind.PGD, 5, 2.5, true), model, m, x.get("1:2"),
                    new int[] {8}, eps, 1);
            assertArrayEquals(pgdA[1], alone[0], 1e-6f);
        }
    }

    @Test
    void aZeroBudgetIsTheCleanImage() {
        try (TinyCnn model = new TinyCnn(manager, 3, DataType.FLOAT64, SIZE, 6); NDManager m = manager.newSubManager()) {
            NDArray x = TinyCnn.noise(m, 5, 2, SIZE, DataType.FLOAT64);
            for (Kind kind : Kind.values()) {
                for (AttackOutcome o : attack(kind).run(model, MiFgsmConfig.reference(), m, x, new int[] {0, 1}, null,
                        BceLoss.INSTANCE, null, null, 0.0, 11, false, RunControl.none())) {
                    assertEquals(0, o.flips());
                    assertEquals(0.0, o.linf());
                    assertEquals(0, o.iterations());
                }
            }
        }
    }

    private static float[][] confidences(ClassicAttack a, TinyCnn model, NDManager m, NDArray x, int[] items,
                                         double eps, long seed) {
        return a.run(model, MiFgsmConfig.reference(), m, x, items, null, BceLoss.INSTANCE, null, null, eps, seed, false,
                RunControl.none()).stream().map(AttackOutcome::adversarial).toArray(float[][]::new);
    }

    /** The attacked image itself, through the kernel's state (the outcomes carry confidences, not pixels). */
    private static NDArray adversarial(ClassicAttack a, LinearModel model, NDManager m, NDArray x, double eps) {
        List<AttackOutcome> out = a.run(model, MiFgsmConfig.reference(), m, x, new int[] {0}, null, BceLoss.INSTANCE,
                null, null, eps, 11, true, RunControl.none());
        dev.atk.spi.AdversarialImage img = out.get(0).image();
        return m.create(img.adversarial(), x.getShape()).toType(DataType.FLOAT64, false);
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }

    private static double l1(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return s;
    }

    private static double l2(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
