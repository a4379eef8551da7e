package dev.atk.stdlib.attack;

import java.util.Arrays;
import java.util.List;

/**
 * TkML-AP's measurements (ALGORITHMS.md §9.6), on host vectors: success tests, the FR_k' indicators, Pert, and the
 * printed aggregates.
 *
 * <p>Top-k sets break ties by the lower label index. The reference uses numpy's unstable argsort, whose tie order is
 * not specified; ties between float logits are rare enough that this only matters for hand-made vectors.
 */
public final class TopKMetrics {
    /** The k' of FR_k' (evaluate_metrics.topk_acc_metric_1_to_10). */
    public static final int[] FR_KS = {1, 2, 3, 4, 5, 10};

    private TopKMetrics() {}

    /** The indices of the k largest values, largest first (ties: lower index first); k is capped at the length. */
    public static int[] topK(double[] f, int k) {
        Integer[] order = new Integer[f.length];
        for (int i = 0; i < f.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> f[a] != f[b] ? Double.compare(f[b], f[a]) : Integer.compare(a, b));
        int n = Math.min(k, f.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Untargeted success: no ground-truth label (gt_j = 1) is among the top-k of f. */
    public static boolean noGroundTruthInTopK(double[] f, int[] gt, int k) {
        for (int j : topK(f, k)) {
            if (gt[j] == 1) {
                return false;
            }
        }
        return true;
    }

    /** Targeted success (TP_index): the top-|T| labels of f are exactly the target set T (label indices). */
    public static boolean topSetIs(double[] f, int[] target) {
        int[] top = topK(f, target.length);
        int[] a = top.clone();
        int[] b = target.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    /**
     * The c_list indicators: for each k' of {@link #FR_KS}, whether no ground-truth label is in the top-k' of f; k' is
     * capped at the number of labels (the reference's argsort slice caps it the same way).
     */
    public static boolean[] foolingAtK(double[] f, int[] gt) {
        boolean[] out = new boolean[FR_KS.length];
        for (int i = 0; i < FR_KS.length; i++) {
            out[i] = noGroundTruthInTopK(f, gt, Math.min(FR_KS[i], f.length));
        }
        return out;
    }

    /**
     * Pert: ‖modifier_out‖₂/(H·W), the pre-tanh-space norm over H·W pixels (not ×channels), as the reference
     * computes it; its README multiplies the printed value by 255.
     */
    public static double pert(double modifierNorm, int height, int width) {
        return modifierNorm / ((double) height * width);
    }

    /**
     * The printed aggregates over n attacked images.
     *
     * @param asr successes / n
     * @param fr FR_k' = Σ c_list[k'] / n (a failure contributes 0), per {@link #FR_KS}
     * @param meanPert mean Pert over the successes (NaN when none)
     * @param meanPertAtK avg_norm_k': mean Pert over the successes whose c_list[k'] is 1 (NaN when none)
     */
    public record Summary(int n, int successes, double asr, double[] fr, double meanPert, double[] meanPertAtK) {}

    public static Summary summarise(List<TopKOutcome> outcomes) {
        int n = outcomes.size();
        int successes = 0;
        double pertSum = 0;
        double[] frCount = new double[FR_KS.length];
        double[] pertAtK = new double[FR_KS.length];
        for (TopKOutcome o : outcomes) {
            if (!o.success()) {
                continue;
            }
            successes++;
            pertSum += o.pert();
            for (int i = 0; i < FR_KS.length; i++) {
                if (o.foolingAtK()[i]) {
                    frCount[i]++;
                    pertAtK[i] += o.pert();
                }
            }
        }
        double[] fr = new double[FR_KS.length];
        double[] meanAtK = new double[FR_KS.length];
        for (int i = 0; i < FR_KS.length; i++) {
            fr[i] = n == 0 ? Double.NaN : frCount[i] / n;
            meanAtK[i] = frCount[i] == 0 ? Double.NaN : pertAtK[i] / frCount[i];
        }
        return new Summary(n, successes, n == 0 ? Double.NaN : (double) successes / n, fr,
                successes == 0 ? Double.NaN : pertSum / successes, meanAtK);
    }
}
