package dev.atk.value;

import java.util.ArrayList;
import java.util.List;

/** {@code a..b} or {@code a..b step s}: inclusive at both ends. Without a step it steps by 1. */
public record RangeValue(double from, double to, Double step) {

    /** The paper's budget grid as fractions of eps_max (ALGORITHMS.md §7.3). */
    public static final double[] PAPER_GRID = {0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0};

    public List<Double> values() {
        double s = step == null ? 1.0 : step;
        List<Double> out = new ArrayList<>();
        long n = (long) Math.floor((to - from) / s + 1e-9);
        for (long i = 0; i <= n; i++) {
            out.add(from + i * s);
        }
        return out;
    }

    /** {@code profile(a..b)}: the paper grid within [a, b] without a step, else the arithmetic grid. */
    public List<Double> budgetFractions() {
        if (step != null) {
            return values();
        }
        List<Double> out = new ArrayList<>();
        for (double f : PAPER_GRID) {
            if (f >= from - 1e-12 && f <= to + 1e-12) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return Values.format(from) + ".." + Values.format(to) + (step == null ? "" : " step " + Values.format(step));
    }
}
