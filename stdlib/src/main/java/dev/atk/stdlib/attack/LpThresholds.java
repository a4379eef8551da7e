package dev.atk.stdlib.attack;

/**
 * MLA-LP's per-label loss targets and their adaptation (ALGORITHMS.md §8.4, steps 2, 4 and 6), one image at a time.
 *
 * <p>Each label j has a threshold th_j (starting at the decision threshold, 0.5). The LP asks the linearised BCE
 * loss of label j to reach the loss of th_j. After each step, when an attacked label made no progress, or is
 * already close (its output below 0.6), and th_j &gt; 0.1, th_j is lowered by 0.05, so the next LP asks for more.
 * In float64, 0.5 minus eight steps of 0.05 lands just above 0.1, so a ninth step takes th to ≈ 0.05, as in the
 * reference.
 * The attacked labels are those whose target differs from the clean prediction (the reference's A = A_pos + A_neg);
 * they never change during a run.
 *
 * <p><b>faithful</b> (the reference, as van Thiel runs it at batch 1): the reference compares the raw confidences and
 * indexes the batch's flattened list of attacked outputs with the image's index, so at batch 1 the FIRST attacked
 * label alone decides, and the lowered value is written to every attacked label. Its threshold enters the loss
 * unoriented, BCE(th_j, t_j): for a label being pushed down (t = 0) a lower th_j demands a lower output, which is
 * more; for a label being pushed up (t = 1) it demands an output of only th_j &lt; 0.5, which is less, often already
 * met, so the LP for that image can come out r = 0 and the image is dropped. Likewise "output ≥ previous" means no
 * progress only for a label being pushed down (MLALP's demos hide labels). We keep all of that: at batch 1 this is
 * the reference's arithmetic; for a larger batch each image behaves as it would alone (the reference's batch
 * coupling through the flattened index is not reproduced; its harness runs batch 1).
 *
 * <p><b>fixed</b>: each attacked label decides for itself, on its output oriented so that decreasing is progress,
 * p_j = |f_j − t_j| (f for a label pushed down, 1 − f for one pushed up), and th_j is read on that same oriented
 * scale: the LP asks for p_j ≤ th_j, i.e. f ≤ th_j when t = 0 and f ≥ 1 − th_j when t = 1, whose BCE is
 * −log(1 − th_j) in both cases. At th = 0.5 both modes ask for the same thing.
 */
final class LpThresholds {
    /** Outputs are clamped to [CLAMP, 1 − CLAMP] inside the loss, as the reference does. */
    static final double CLAMP = 1e-6;
    static final double STEP = 0.05;
    static final double FLOOR = 0.1;
    static final double CLOSE = 0.6;

    private LpThresholds() {}

    /** BCE(f, t) with f clamped to [1e−6, 1 − 1e−6]. */
    static double bce(double f, double t) {
        double c = Math.min(Math.max(f, CLAMP), 1 - CLAMP);
        return -(t * Math.log(c) + (1 - t) * Math.log(1 - c));
    }

    /** The loss label j's LP row asks for: BCE(th, t) (faithful) or the loss at p = th on the oriented scale. */
    static double targetLoss(double th, double t, boolean faithful) {
        return faithful ? bce(th, t) : -Math.log(1 - th);
    }

    /**
     * Whether the attacked output did not move in the last step (from the iteration {@link MlaLp#STALL_FROM} on this
     * drops the image). faithful: the first attacked label's new output equals its clamped output before the step
     * (the reference compares with the clamped output of its Jacobian pass); fixed: every attacked label's output
     * equals its output before the step. No attacked label: never.
     */
    static boolean unchanged(double[] before, double[] now, boolean[] attacked, boolean faithful) {
        int first = first(attacked);
        if (first < 0) {
            return false;
        }
        if (faithful) {
            return now[first] == Math.min(Math.max(before[first], CLAMP), 1 - CLAMP);
        }
        for (int j = 0; j < attacked.length; j++) {
            if (attacked[j] && now[j] != before[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adapts one image's thresholds in place after a step.
     *
     * @param th the image's thresholds, one per label
     * @param previous the outputs after the previous step (the clean outputs before the first)
     * @param now the outputs after this step
     * @param target t_j ∈ {0, 1}
     * @param attacked the labels whose target differs from the clean prediction
     */
    static void adapt(double[] th, double[] previous, double[] now, float[] target, boolean[] attacked,
                      boolean faithful) {
        int first = first(attacked);
        if (first < 0) {
            return;
        }
        if (faithful) {
            if ((previous[first] <= now[first] || now[first] < CLOSE) && th[first] > FLOOR) {
                double lowered = th[first] - STEP;
                for (int j = 0; j < th.length; j++) {
                    if (attacked[j]) {
                        th[j] = lowered;
                    }
                }
            }
            return;
        }
        for (int j = 0; j < th.length; j++) {
            if (attacked[j]) {
                double before = Math.abs(previous[j] - target[j]);
                double after = Math.abs(now[j] - target[j]);
                if ((before <= after || after < CLOSE) && th[j] > FLOOR) {
                    th[j] -= STEP;
                }
            }
        }
    }

    private static int first(boolean[] attacked) {
        for (int j = 0; j < attacked.length; j++) {
            if (attacked[j]) {
                return j;
            }
        }
        return -1;
    }
}
