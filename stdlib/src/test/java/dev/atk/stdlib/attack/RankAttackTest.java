package dev.atk.stdlib.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rank I and II on linear models, where the smallest perturbation that reorders two labels is known: σ is monotone, so
 * f_a < f_b exactly when z_a < z_b, and no r with ‖r‖₂ < (z_a − z_b)/‖w_a − w_b‖₂ achieves that.
 */
class RankAttackTest {
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

    private static double[][] weights(int labels, long seed) {
        Random r = new Random(seed);
        double[][] w = new double[labels][SIZE * SIZE];
        for (double[] row : w) {
            for (int k = 0; k < row.length; k++) {
                row[k] = r.nextGaussian();
            }
        }
        return w;
    }

    /** Biases putting logit j at z[j] on the grey image x = 0.5. */
    private static double[] biases(double[][] w, double[] z) {
        double[] b = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double sum = 0;
            for (double v : w[j]) {
                sum += v;
            }
            b[j] = z[j] - 0.5 * sum;
        }
        return b;
    }

    private static AttackOutcome attack(double[][] w, double[] z, RankAttack.Kind kind, float[] signs, int steps,
                                        int iterations) {
        try (LinearModel model = new LinearModel(manager, w, biases(w, z), SIZE);
             NDManager m = manager.newSubManager()) {
            return new RankAttack(model, 0.5, kind, new MlCw.Options(steps, iterations, 0.01, 1e5, MlCw.Distance.L2),
                    false).run(m, LinearModel.grey(m, 1, SIZE), new int[] {0}, signs == null ? null
                            : new float[][] {signs}, false, RunControl.none()).get(0);
        }
    }

    @Test
    void rankOneReordersTwoLabelsAndNeverBelowTheSmallestPerturbationThatCan() {
        double[][] w = weights(2, 7);
        double[] z = {0.4, -0.4}; // label 0 positive, label 1 negative: max-flip wants label 1 above label 0
        AttackOutcome o = attack(w, z, RankAttack.Kind.RANK1, null, 1, 1000);
        double diff = 0;
        for (int k = 0; k < w[0].length; k++) {
            diff += (w[0][k] - w[1][k]) * (w[0][k] - w[1][k]);
        }
        double bound = (z[0] - z[1]) / Math.sqrt(diff);
        assertTrue(o.adversarial()[1] > o.adversarial()[0], "the wanted positive ends above the wanted negative");
        assertTrue(o.l2() >= bound * (1 - 1e-6), "nothing smaller can reorder: " + o.l2() + " < " + bound);
        // the best image is the one most aligned with y^τ (cosine), not the smallest: it overshoots the bound
        float[] criterion = {-2, 2};
        assertTrue(RankAttack.cosine(o.adversarial(), criterion) > RankAttack.cosine(o.clean(), criterion));
        assertTrue(Double.isNaN(o.budget()));
        assertEquals(1.0 + o.iterations(), o.measures().get("queries"));
    }

    @Test
    void rankTwoAlsoPullsTheHiddenPositiveTowardTheKeptNegative() {
        double[][] w = weights(3, 8);
        // label 0 barely reacts to the image and label 2 strongly, so Rank I's ordering comes from raising label 2
        for (int k = 0; k < w[0].length; k++) {
            w[0][k] *= 0.05;
            w[2][k] *= 3;
        }
        // label 0 positive → hide (A₊); label 1 negative, kept (B₋); label 2 negative → show (A₋)
        double[] z = {1.0, -0.2, -1.0};
        float[] signs = {-1, -1, 1};
        AttackOutcome one = attack(w, z, RankAttack.Kind.RANK1, signs, 1, 600);
        AttackOutcome two = attack(w, z, RankAttack.Kind.RANK2, signs, 1, 600);
        float[] f1 = one.adversarial();
        float[] f2 = two.adversarial();
        assertTrue(f1[2] > f1[0] && f1[2] > f1[1], "Rank I: the wanted positive above both wanted negatives");
        assertTrue(f2[2] > f2[0] && f2[2] > f2[1], "Rank II keeps Rank I's ordering");
        assertTrue(f1[0] > f1[1], "Rank I has no term ordering the hidden positive against the kept negative");
        // Rank II's extra hinge pulls the hidden positive toward (and across) the kept negative. The best image is
        // chosen by cosine with y^τ, which rewards a low f₁ too, so the kept image may stop short of the crossing;
        // the gap still has to shrink well beyond Rank I's.
        assertTrue(f2[0] - f2[1] < (f1[0] - f1[1]) - 0.1, "Rank II narrows the A₊/B₋ gap: "
                + java.util.Arrays.toString(f2) + " vs Rank I " + java.util.Arrays.toString(f1));
    }

    @Test
    void cosineAgainstTheCriterionVector() {
        // f = (0.6, 0.8), y^τ = (−2, 2): (−1.2 + 1.6)/(1 · √8)
        assertEquals(0.4 / Math.sqrt(8), RankAttack.cosine(new float[] {0.6f, 0.8f}, new float[] {-2, 2}), 1e-6);
    }
}
