package dev.atk.spi;

/**
 * A model's flips-vs-budget profile: the fitted E(ε), the budget where it saturates (eps_max), and the probe's
 * measurements. Plain data, so the executor caches it as JSON by digest; the queries follow ALGORITHMS.md §3.3, §4.3
 * and §6.1 exactly, including their different clamping.
 *
 * @param coefficients c0, c1, … in increasing degree (numpy.polynomial convention)
 * @param labels number of labels C
 * @param epsilons the probe grid, starting at 0 (null for a declared profile)
 * @param flipsBce mean flips of the BCE ("patient") probe per grid point (null when declared)
 * @param flipsLinear mean flips of the linear ("greedy") probe per grid point (null when declared)
 * @param samples number of probe images (0 when declared)
 * @param computedOn what computed it, for provenance: device, libtorch threads and batch, engine versions, CPU (null
 *     when declared, and in cache files written before it was recorded)
 */
public record ProfileResult(double[] coefficients, double epsMax, int labels, double[] epsilons, double[] flipsBce,
                            double[] flipsLinear, int samples, int interval, String combine, boolean converged,
                            String computedOn) implements java.io.Serializable {

    /** A profile declared from stored numbers ({@code profile_of(...)}), e.g. the authors' hand-cut profiles. */
    public static ProfileResult declared(double[] coefficients, double epsMax, int labels) {
        return new ProfileResult(coefficients.clone(), epsMax, labels, null, null, null, 0, 0, "declared", true, null);
    }

    /** This profile, recorded as computed on {@code where}. */
    public ProfileResult computedOn(String where) {
        return new ProfileResult(coefficients, epsMax, labels, epsilons, flipsBce, flipsLinear, samples, interval,
                combine, converged, where);
    }

    /** E(ε) = c0 + c1·ε + c2·ε² + … (Horner), unclamped. */
    public double estimate(double eps) {
        double v = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            v = v * eps + coefficients[i];
        }
        return v;
    }

    /** SLAM's p (§3.3): 1 if ε ≥ eps_max (the code's ≥), else min(1, max(0, E(ε)) / C). */
    public double slamP(double eps) {
        if (eps >= epsMax) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0.0, estimate(eps)) / labels);
    }

    /** CLASS's estimate (§6.1): int(max(0, min(C, E(ε)))), truncated toward zero. */
    public int classEstimate(double eps) {
        return (int) Math.max(0.0, Math.min(labels, estimate(eps)));
    }

    /** CLASS's subset length (§6.1): int(min(C, ratio · estimate)), ratio 1.66 in the paper. */
    public int classLength(double eps, double ratio) {
        return (int) Math.min(labels, ratio * classEstimate(eps));
    }
}
