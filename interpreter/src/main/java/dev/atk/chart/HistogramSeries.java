package dev.atk.chart;

import java.util.Objects;

/** One named set of bin counts for a {@link Histogram}; NaN marks a bin without a value. */
public record HistogramSeries(String name, double[] counts) {
    public HistogramSeries {
        name = Objects.requireNonNullElse(name, "");
        counts = Objects.requireNonNull(counts, "counts").clone();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0 || Double.isInfinite(counts[i])) {
                throw new IllegalArgumentException("histogram series '" + name + "': bin " + i
                        + " count must be finite and >= 0 (or NaN), got " + counts[i]);
            }
        }
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    double count(int bin) {
        return counts[bin];
    }

    int bins() {
        return counts.length;
    }

    /** Sum of the finite counts; the denominator for fractions. */
    double total() {
        double total = 0;
        for (double c : counts) {
            if (!Double.isNaN(c)) {
                total += c;
            }
        }
        return total;
    }
}
