package dev.atk.stdlib.train;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Average precision per label and their macro mean, as scikit-learn's
 * {@code average_precision_score}: {@code AP = Σ_n (R_n − R_{n−1}) P_n} over the distinct score
 * thresholds, so tied scores enter together (no interpolation). Labels with no positive have
 * AP = NaN and are left out of the mean.
 */
public final class MeanAveragePrecision {

    /** Per-label AP (NaN where a label has no positive) and their mean over labels with a positive. */
    public record Result(double meanAp, double[] perLabel, int labelsCounted) {
        /** Index of the label with the lowest AP (ignoring NaN), -1 if none. */
        public int worst() {
            return extreme(-1);
        }

        /** Index of the label with the highest AP (ignoring NaN), -1 if none. */
        public int best() {
            return extreme(1);
        }

        private int extreme(int sign) {
            int arg = -1;
            for (int j = 0; j < perLabel.length; j++) {
                if (!Double.isNaN(perLabel[j]) && (arg < 0 || sign * (perLabel[j] - perLabel[arg]) > 0)) {
                    arg = j;
                }
            }
            return arg;
        }
    }

    private MeanAveragePrecision() {}

    /** AP of one label; NaN when there is no positive. */
    public static double averagePrecision(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " truths");
        }
        int totalPos = 0;
        for (boolean b : positive) {
            totalPos += b ? 1 : 0;
        }
        if (totalPos == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double ap = 0;
        double prevRecall = 0;
        int tp = 0;
        int seen = 0;
        int k = 0;
        while (k < order.length) {
            double s = scores[order[k]];
            while (k < order.length && Double.compare(scores[order[k]], s) == 0) {
                tp += positive[order[k]] ? 1 : 0;
                seen++;
                k++;
            }
            double recall = (double) tp / totalPos;
            double precision = (double) tp / seen;
            ap += (recall - prevRecall) * precision;
            prevRecall = recall;
        }
        return ap;
    }

    /** Macro mAP of an N×L score matrix against an N×L truth matrix. */
    public static Result compute(float[][] scores, boolean[][] truth) {
        if (scores.length != truth.length) {
            throw new IllegalArgumentException(scores.length + " score rows but " + truth.length + " truth rows");
        }
        int n = scores.length;
        int l = n == 0 ? 0 : scores[0].length;
        double[] per = new double[l];
        double sum = 0;
        int counted = 0;
        double[] col = new double[n];
        boolean[] pos = new boolean[n];
        for (int j = 0; j < l; j++) {
            for (int i = 0; i < n; i++) {
                col[i] = scores[i][j];
                pos[i] = truth[i][j];
            }
            per[j] = averagePrecision(col, pos);
            if (!Double.isNaN(per[j])) {
                sum += per[j];
                counted++;
            }
        }
        return new Result(counted == 0 ? Double.NaN : sum / counted, per, counted);
    }
}
