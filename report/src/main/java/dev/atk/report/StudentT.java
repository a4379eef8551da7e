package dev.atk.report;

import org.hipparchus.special.Beta;

/** Two-sided p-values of Student's t with ν degrees of freedom (ν may be fractional, as Welch's test produces). */
public final class StudentT {
    private StudentT() {}

    /**
     * Hipparchus' continued fraction stops at a relative step of 1e-14 by default, which leaves p-values off by up to
     * 3e-13 (relative) at ν = 10³ and 4e-12 at ν = 10⁴; 1e-15 gives 6e-14 and 8e-13 (against mpmath at 50 digits).
     * 1e-16 is not used: the step must then be exactly 1.0, which the library's loop has no cap to wait for.
     */
    private static final double FRACTION_EPSILON = 1e-15;

    /**
     * P(|T| ≥ |t|) = I_x(ν/2, ½) with x = ν/(ν+t²), the two-sided p-value of a t statistic. NaN when ν ≤ 0 or either
     * argument is NaN.
     *
     * <p>Not {@code 2·TDistribution.cumulativeProbability(−|t|)}: that passes only x to the incomplete beta, which
     * for small t (x &gt; (a+1)/(a+b+2)) evaluates 1 − I_{1−x}(½, ν/2) and so works with 1 − x, a difference that
     * has rounded away most digits of y = t²/(ν+t²) when ν is large (4e-9 relative error at ν = 198, t = 1e-6). Making that
     * same switch here with y computed directly keeps every digit; otherwise the fraction in x is evaluated as the
     * library would. The p-value is I itself, never 1 − cdf, so tiny p-values keep their digits.
     */
    public static double twoSidedP(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df) || df <= 0) return Double.NaN;
        double t2 = t * t;
        if (Double.isInfinite(t2)) return 0;   // |t| > 1e154: ∞/∞ would be NaN
        double x = df / (df + t2), y = t2 / (df + t2), a = df / 2;
        if (x > (a + 1) / (a + 2.5)) return 1 - Beta.regularizedBeta(y, 0.5, a, FRACTION_EPSILON);
        return Beta.regularizedBeta(x, a, 0.5, FRACTION_EPSILON);
    }
}
