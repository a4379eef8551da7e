package dev.atk.stdlib.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The profile probe's convergence test (ALGORITHMS.md §4.1 step 5) on the BCE list: after each measurement,
 * Δ = flips[-1] − flips[-2] and the probe stops once Δ/Δ₀ &lt; stopRatio, where Δ₀ is the first increase ("the
 * derivative at the origin"). A zero or negative Δ counts as converged.
 *
 * <p>The reference divides by Δ₀ = the first measurement and crashes when that is 0. Here, while no increase has
 * been seen, Δ₀ is undefined and the probe keeps going; the first positive Δ becomes Δ₀. If none ever comes, the
 * probe stops at {@code maxMeasurements} with {@link #converged()} false. The cap also stops a probe that never
 * meets the ratio.
 */
public final class StopRule {
    private final double stopRatio;
    private final int maxMeasurements;
    private final List<Double> values = new ArrayList<>(List.of(0.0));
    private double firstIncrease = Double.NaN;
    private boolean converged;
    private boolean stopped;

    public StopRule(double stopRatio, int maxMeasurements) {
        if (maxMeasurements < 1) {
            throw new IllegalArgumentException("maxMeasurements must be >= 1, got " + maxMeasurements);
        }
        this.stopRatio = stopRatio;
        this.maxMeasurements = maxMeasurements;
    }

    /**
     * Records the next measurement (mean flips of the BCE probe).
     *
     * @return true when the probe should stop now
     */
    public boolean add(double flips) {
        if (stopped) {
            throw new IllegalStateException("the probe already stopped");
        }
        double delta = flips - values.get(values.size() - 1);
        values.add(flips);
        if (Double.isNaN(firstIncrease)) {
            if (delta > 0) {
                firstIncrease = delta;
                converged = delta / firstIncrease < stopRatio;
            }
        } else {
            converged = delta <= 0 || delta / firstIncrease < stopRatio;
        }
        stopped = converged || measurements() >= maxMeasurements;
        return stopped;
    }

    /** Whether the ratio test (not the cap) stopped the probe. */
    public boolean converged() {
        return converged;
    }

    public boolean stopped() {
        return stopped;
    }

    /** Measurements so far (not counting the leading 0 at ε = 0). */
    public int measurements() {
        return values.size() - 1;
    }

    /** The list starting with 0 for ε = 0. */
    public double[] values() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Δ₀, or NaN while no increase has been seen. */
    public double firstIncrease() {
        return firstIncrease;
    }
}
