package dev.atk.stdlib.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Label selection as weights (ALGORITHMS.md §6): lengths from the profile, CLASS, random and closest subsets. */
class TargetWeightsTest {
    /** The stored ASL-COCO profile (§4.4), C = 80. */
    static final ProfileResult ASL_COCO = ProfileResult.declared(
            new double[] {-3.441010, 9325.788, -338878.33, 3996733.9}, 0.03125, 80);
    static final double[] GRID = {0.0015625, 0.003125, 0.00625, 0.0125, 0.01875, 0.025, 0.03125};
    static final RunSettings SETTINGS = RunSettings.defaults();

    static float[] confidences(long seed, int labels) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] p = new float[labels];
        for (int i = 0; i < labels; i++) {
            p[i] = (float) r.nextDouble();
        }
        return p;
    }

    private static TargetWeights targets(ComponentCall call, CorrelationResult correlations) {
        return TargetWeights.of(call, new AttackContext(SETTINGS, ASL_COCO, 42, null, correlations), null, List.of());
    }

    private static ComponentCall classCall(double gamma) {
        return new MiFgsmRecipes().spec(new ComponentCall("class", Map.of("gamma", gamma))).targets();
    }

    @Test
    void subsetLengthsFollowTheStoredProfile() {
        // §6.1: subset_length for ASL-COCO at the 7 budgets
        int[] expected = {16, 36, 69, 80, 80, 80, 80};
        TargetWeights random = targets(new MiFgsmRecipes().spec(ComponentCall.of("random_subset")).targets(), null);
        for (int b = 0; b < GRID.length; b++) {
            float[][] w = random.weights(new float[][] {confidences(b, 80)}, new int[] {7}, GRID[b]);
            double chosen = 0;
            for (float v : w[0]) {
                chosen += v;
            }
            assertEquals(expected[b], chosen, "eps " + GRID[b]);
            assertEquals(expected[b], targets(classCall(0), null).subset(confidences(b, 80), 7, GRID[b]).size());
        }
    }

    @Test
    void classWithGammaZeroTakesTheLabelsClosestToTheThreshold() {
        float[] p = confidences(3, 80);
        TargetWeights closest = targets(new MiFgsmRecipes().spec(new ComponentCall("closest", Map.of("n", 16L))).targets(), null);
        List<Integer> byClass = targets(classCall(0), null).subset(p, 0, GRID[0]);
        assertEquals(new HashSet<>(closest.subset(p, 0, GRID[0])), new HashSet<>(byClass));
        double worstInside = byClass.stream().mapToDouble(i -> Math.abs(p[i] - 0.5)).max().orElseThrow();
        for (int i = 0; i < p.length; i++) {
            if (!byClass.contains(i)) {
                assertTrue(Math.abs(p[i] - 0.5) >= worstInside, "label " + i + " is closer than a chosen one");
            }
        }
    }

    @Test
    void classWithGammaUsesTheCorrelationsAndNeedsThem() {
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class, () -> targets(classCall(0.5), null));
        assertTrue(e.getMessage().contains("correlations"), e.getMessage());
        // a matrix where label 5 drags everything: with γ = 1 it joins the subset right after the root
        double[][] raw = new double[80][80];
        for (int i = 0; i < 80; i++) {
            raw[i][i] = 0.9;
            raw[i][5] = 0.5;
            raw[5][i] = 0.5;
        }
        CorrelationResult corr = new CorrelationResult(0.005, "up", 80, raw, new int[80], 0, 0, 0);
        float[] p = confidences(4, 80);
        for (int i = 0; i < p.length; i++) {
            p[i] *= 0.5f; // every label negative, so every ICM row comes from the flip-up matrix (§5.4)
        }
        List<Integer> subset = targets(classCall(1), corr).subset(p, 0, GRID[0]);
        assertEquals(16, subset.size());
        assertEquals(5, subset.get(1));
        assertNotEquals(subset, targets(classCall(0), null).subset(p, 0, GRID[0]));
    }

    @Test
    void randomSubsetsAreSeededPerItemAndBudget() {
        TargetWeights random = targets(new MiFgsmRecipes().spec(ComponentCall.of("random_subset")).targets(), null);
        float[] p = confidences(5, 80);
        assertEquals(random.subset(p, 3, GRID[0]), random.subset(p, 3, GRID[0]));
        assertNotEquals(random.subset(p, 3, GRID[0]), random.subset(p, 4, GRID[0]));
        Set<Integer> distinct = new HashSet<>(random.subset(p, 3, GRID[1]));
        assertEquals(36, distinct.size());
    }

    @Test
    void anEmptySubsetWeighsNothingAndAllMeansNoWeights() {
        TargetWeights none = targets(new MiFgsmRecipes().spec(new ComponentCall("closest", Map.of("n", 0L))).targets(), null);
        float[][] w = none.weights(new float[][] {confidences(1, 80)}, new int[] {0}, 0.01);
        for (float v : w[0]) {
            assertEquals(0f, v);
        }
        assertNull(targets(ComponentCall.of("all"), null).weights(new float[][] {confidences(1, 80)}, new int[] {0},
                0.01));
    }

    @Test
    void whatDependsOnTheBudget() {
        assertTrue(new MiFgsmRecipes().spec(ComponentCall.of("random_subset")).dependsOnBudget());
        assertTrue(new MiFgsmRecipes().spec(new ComponentCall("class", Map.of("gamma", 0.0))).dependsOnBudget());
        assertTrue(!new MiFgsmRecipes().spec(new ComponentCall("closest", Map.of("n", 5L))).dependsOnBudget());
        assertTrue(new MiFgsmRecipes().spec(new ComponentCall("mifgsm", Map.of("loss", ComponentCall.of("linear"),
                "targets", new ComponentCall("class", Map.of("gamma", 0.05, "branches", 4L, "depth", 4L,
                        "ratio", 1.66, "normalize_z", false))))).needsCorrelations());
        assertTrue(!new MiFgsmRecipes().spec(new ComponentCall("class", Map.of("gamma", 0.0))).needsCorrelations());
    }
}
