package dev.atk.metric;

/**
 * The per-image multi-label metrics of an attack against its objective ({@link LabelGoal}). Every function looks only
 * at the labels the objective cares about. Conventions, for the cases a formula leaves open:
 * <ul>
 *   <li>an empty set scores as perfect: no label to change means none failed (Hamming 0), no wanted positive and
 *   none predicted gives F1 1, no (positive, negative) pair gives ranking loss 0, AUC 1 and AP 1;</li>
 *   <li>ties in confidence count as a mistake for the ranking loss (as scikit-learn's {@code label_ranking_loss})
 *   and as half a mistake for the AUC (the Mann–Whitney convention), so AUC ≥ 1 − ranking loss;</li>
 *   <li>average precision is the instance's label-ranking AP (scikit-learn's
 *   {@code label_ranking_average_precision_score} for one row): for each wanted positive, the share of wanted
 *   positives among the labels ranked at or above it, averaged.</li>
 * </ul>
 */
public final class LabelMetrics {
    private LabelMetrics() {}

    /** Share of the labels to change (A) that did not reach their target. */
    public static double hammingA(LabelGoal g) {
        return missedShare(g, true);
    }

    /** Share of the labels to keep (B) that the attack changed anyway. */
    public static double hammingB(LabelGoal g) {
        return missedShare(g, false);
    }

    private static double missedShare(LabelGoal g, boolean toChange) {
        int n = 0;
        int missed = 0;
        for (int j = 0; j < g.labels(); j++) {
            if (toChange ? g.toChange(j) : g.toKeep(j)) {
                n++;
                missed += g.reached(j) ? 0 : 1;
            }
        }
        return n == 0 ? 0 : (double) missed / n;
    }

    /** Whether every label the objective cares about reached its target. */
    public static boolean reachedAll(LabelGoal g) {
        for (int j = 0; j < g.labels(); j++) {
            if (!g.reached(j)) {
                return false;
            }
        }
        return true;
    }

    /** Labels the adversarial prediction shows (positive), cared about or not. */
    public static int positives(LabelGoal g) {
        int n = 0;
        for (boolean p : g.adversarialPrediction()) {
            n += p ? 1 : 0;
        }
        return n;
    }

    /** Instance F1 of the adversarial prediction against the target's positives. */
    public static double f1(LabelGoal g) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int j = 0; j < g.labels(); j++) {
            if (!g.cares(j)) {
                continue;
            }
            boolean want = g.target()[j] == 1;
            boolean got = g.adversarialPrediction()[j];
            tp += want && got ? 1 : 0;
            fp += !want && got ? 1 : 0;
            fn += want && !got ? 1 : 0;
        }
        return tp + fp + fn == 0 ? 1 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Share of (wanted positive, wanted negative) pairs whose negative scores at least as high as its positive. */
    public static double rankingLoss(LabelGoal g) {
        return pairShare(g, (positive, negative) -> negative >= positive ? 1 : 0, 0);
    }

    /** Instance AUC: the chance a wanted positive outscores a wanted negative, ties half. */
    public static double auc(LabelGoal g) {
        return pairShare(g, (positive, negative) -> positive > negative ? 1 : positive == negative ? 0.5 : 0, 1);
    }

    /** The mean of {@code score} over every (wanted positive, wanted negative) pair, or {@code empty} without one. */
    private static double pairShare(LabelGoal g, java.util.function.DoubleBinaryOperator score, double empty) {
        long pairs = 0;
        double sum = 0;
        for (int p = 0; p < g.labels(); p++) {
            if (g.target()[p] != 1) {
                continue;
            }
            for (int q = 0; q < g.labels(); q++) {
                if (g.target()[q] == 0) {
                    pairs++;
                    sum += score.applyAsDouble(g.scores()[p], g.scores()[q]);
                }
            }
        }
        return pairs == 0 ? empty : sum / pairs;
    }

    /** The instance's label-ranking average precision over the cared labels. */
    public static double averagePrecision(LabelGoal g) {
        int positives = 0;
        double sum = 0;
        for (int p = 0; p < g.labels(); p++) {
            if (g.target()[p] != 1) {
                continue;
            }
            positives++;
            int above = 0;
            int positivesAbove = 0;
            for (int q = 0; q < g.labels(); q++) {
                if (g.cares(q) && g.scores()[q] >= g.scores()[p]) {
                    above++;
                    positivesAbove += g.target()[q] == 1 ? 1 : 0;
                }
            }
            sum += (double) positivesAbove / above;
        }
        return positives == 0 ? 1 : sum / positives;
    }

    /**
     * Kendall's τ_b between the adversarial confidences and the criterion vector ({@link LabelGoal#criterion}) over
     * the cared labels: +1 when the confidences rank the labels exactly as the objective wants. NaN when either side
     * is constant (τ_b is undefined there).
     */
    public static double kendallTauB(LabelGoal g) {
        long concordant = 0;
        long discordant = 0;
        long tiesX = 0;
        long tiesY = 0;
        for (int i = 0; i < g.labels(); i++) {
            if (!g.cares(i)) {
                continue;
            }
            for (int j = i + 1; j < g.labels(); j++) {
                if (!g.cares(j)) {
                    continue;
                }
                int dx = Integer.compare(g.criterion(i), g.criterion(j));
                int dy = Double.compare(g.scores()[i], g.scores()[j]);
                if (dx == 0 && dy == 0) {
                    continue; // tied on both: in neither correction term
                }
                if (dx == 0) {
                    tiesX++;
                } else if (dy == 0) {
                    tiesY++;
                } else if (dx == dy) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        double denominator = Math.sqrt((double) (concordant + discordant + tiesX)
                * (concordant + discordant + tiesY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }
}
