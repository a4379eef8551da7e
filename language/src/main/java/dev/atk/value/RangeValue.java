package dev.atk.value;

import dev.atk.limits.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code a..b} or {@code a..b step s}: inclusive at both ends. Without a step it steps by 1. */
public record RangeValue(double from, double to, Double step) {

    /** The paper's budget grid as fractions of eps_max (ALGORITHMS.md §7.3). */
    public static final double[] PAPER_GRID = {0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0};

    /**
     * How many values {@link #values()} holds, by arithmetic (nothing is expanded): 0 for an empty range, and
     * {@code NaN} when the ends or the step are not finite or the step is not positive.
     */
    public double size() {
        double s = step == null ? 1.0 : step;
        if (!Double.isFinite(from) || !Double.isFinite(to) || !Double.isFinite(s) || s <= 0) {
            return Double.NaN;
        }
        double last = Math.floor((to - from) / s + 1e-9); // the index of the last value; tolerant of rounding
        return last < 0 ? 0 : last + 1;
    }

    /** Why this range cannot be expanded (a step that is not positive, a non-finite end, too many values), if so. */
    public Optional<String> problem() {
        double s = step == null ? 1.0 : step;
        if (!(s > 0) || !Double.isFinite(s)) {
            return Optional.of("a range step must be a positive number, not " + Values.format(s));
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            return Optional.of("a range needs finite ends, not " + this);
        }
        double n = size();
        if (n > Limits.MAX_SEQUENCE) {
            return Optional.of("the range " + this + " has " + Limits.count(n) + " values; ATK expands at most "
                    + Limits.count(Limits.MAX_SEQUENCE));
        }
        return Optional.empty();
    }

    /** The values, both ends included. @throws IllegalStateException if {@link #problem()} says it cannot be expanded */
    public List<Double> values() {
        problem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        double s = step == null ? 1.0 : step;
        List<Double> out = new ArrayList<>();
        long n = (long) size();
        for (long i = 0; i < n; i++) {
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
