package dev.atk.report;

/** Student's t distribution with ν degrees of freedom (ν may be fractional, as Welch's test produces). */
public final class StudentT {
    private StudentT() {}

    /** P(T ≤ t). NaN when ν ≤ 0 or either argument is NaN. */
    public static double cdf(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df) || df <= 0) return Double.NaN;
        if (t == Double.POSITIVE_INFINITY) return 1;
        if (t == Double.NEGATIVE_INFINITY) return 0;
        double tail = 0.5 * tailBeta(t, df);   // P(T > |t|)
        return t > 0 ? 1 - tail : tail;
    }

    /** P(|T| ≥ |t|), the two-sided p-value of a t statistic. NaN when ν ≤ 0 or either argument is NaN. */
    public static double twoSidedP(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df) || df <= 0) return Double.NaN;
        if (Double.isInfinite(t)) return 0;
        return Math.min(1, tailBeta(t, df));
    }

    /** P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2); computed directly (not as 1 − cdf) so tiny p-values keep their digits. */
    private static double tailBeta(double t, double df) {
        double t2 = t * t;
        if (Double.isInfinite(t2)) return 0;   // |t| > 1e154: ∞/∞ would be NaN
        return SpecialFunctions.regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
    }
}
