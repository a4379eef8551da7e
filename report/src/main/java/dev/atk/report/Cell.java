package dev.atk.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attack at one budget, summarised over images.
 *
 * @param mean the mean over images (for the Total column: the sum of the row's means)
 * @param std the population std (ddof = 0, as {@code np.std}); NaN for Total, which the paper prints without one
 * @param n images summarised
 * @param values the per-image numbers, by item id in first-seen order, kept for the t-test
 * @param best true when this is the column's best cell and the test against the runner-up is significant
 * @param test that test, on the column's top cell only (also when not significant); null elsewhere
 */
public record Cell(double mean, double std, int n, Map<String, Double> values, boolean best, TTestResult test) {
    public Cell {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A budget cell: mean and population std of the values. */
    static Cell of(Map<String, Double> values) {
        double[] x = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Cell(Moments.mean(x), Moments.populationStd(x), x.length, values, false, null);
    }

    Cell withTest(TTestResult result, boolean marked) {
        return new Cell(mean, std, n, values, marked, result);
    }

    /** The p-value of the test against the runner-up, NaN when this cell was not tested. */
    public double p() {
        return test == null ? Double.NaN : test.p();
    }
}
