package dev.atk.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pearson's r and Spearman's ρ between two per-label vectors. Pairs where either value is NaN are left out (a label
 * that was never attacked). Spearman ranks with ties sharing their average rank (scipy's {@code spearmanr}), then
 * takes Pearson's r of the ranks. ALGORITHMS.md §7.6: the paper reports Pearson, the code computes Spearman; both
 * are reported.
 */
public final class Association {
    private Association() {}

    /** Pearson's r over the complete pairs; NaN with fewer than 2 pairs or a constant vector. */
    public static double pearson(double[] x, double[] y) {
        double[][] xy = complete(x, y);
        return pearsonOf(xy[0], xy[1]);
    }

    /** Spearman's ρ over the complete pairs (average ranks for ties). */
    public static double spearman(double[] x, double[] y) {
        double[][] xy = complete(x, y);
        return pearsonOf(ranks(xy[0]), ranks(xy[1]));
    }

    /** How many complete pairs the coefficients use. */
    public static int pairs(double[] x, double[] y) {
        return complete(x, y)[0].length;
    }

    private static double pearsonOf(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks; tied values share the mean of the ranks they span. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    private static double[][] complete(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " values against " + y.length);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        double[][] out = new double[2][pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            out[0][i] = pairs.get(i)[0];
            out[1][i] = pairs.get(i)[1];
        }
        return out;
    }
}
