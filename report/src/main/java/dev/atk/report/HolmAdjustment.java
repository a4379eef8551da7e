package dev.atk.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down correction of m p-values for multiple comparisons (Holm 1979): with the p-values sorted ascending,
 * p(i) becomes max over j ≤ i of min(1, (m − j + 1)·p(j)). It controls the family-wise error rate like Bonferroni
 * and is uniformly more powerful. Undefined p-values (NaN) are left as they are and do not count in m.
 *
 * <p>Written here because the statistics libraries the project uses (our own t-tests, {@link StudentT}) have no
 * multiple-comparison correction; it is the same arithmetic as statsmodels' {@code multipletests(method="holm")}.
 */
public final class HolmAdjustment {
    private HolmAdjustment() {}

    /** The Holm-adjusted p-values, in the order given. */
    public static double[] adjust(double[] p) {
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i]))
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] out = p.clone();
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
            out[i] = running;
        }
        return out;
    }
}
