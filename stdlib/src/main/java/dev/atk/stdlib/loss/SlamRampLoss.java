package dev.atk.stdlib.loss;

import ai.djl.ndarray.NDArray;
import dev.atk.spi.ProfileResult;

/**
 * SLAM's mix of linear and BCE, with the BCE share following the profile along ONE trajectory instead of being fixed
 * per budget: the step that takes the perturbation out to radius r uses (1 − q·p(r))·linear + q·p(r)·BCE with
 * p(r) = clamp(E(min(r, eps_max)) / C, 0, 1). Early steps, where the profile says few labels can flip yet, are greedy
 * (linear); later ones grow patient (BCE) as E(r) grows, which is SLAM's idea applied inside the run.
 *
 * <p>Why it exists (docs/beyond.md): SLAM's share depends on the budget, so every budget is a separate run (2016
 * iterations per image for the paper's 7 budgets on fashion_cnn, against 640 for one trajectory), and the reference's
 * p = 1 at ε ≥ eps_max makes its largest budget pure half-BCE. Here the share depends only on the radius a step
 * reaches, so a budget sweep is one trajectory measured at each budget's iteration count, and p grows continuously
 * (no jump at eps_max).
 *
 * <p>As a plain {@link Loss} (a step with no radius known) it is pure linear: p(0) would be E(0)/C, and the profile's
 * fit at 0 is not meaningful (it can be negative), so the schedule starts at the first step's radius.
 */
public final class SlamRampLoss implements Loss {
    private final double q;
    private final ProfileResult profile;

    /**
     * @param q the largest BCE share, reached where E(r) = C (0.5 is SLAM's default)
     * @param profile the model's profile, whose E(ε) sets the share at each radius
     */
    public SlamRampLoss(double q, ProfileResult profile) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("slam_ramp: q must be in [0, 1], got " + q);
        }
        this.q = q;
        this.profile = java.util.Objects.requireNonNull(profile, "profile");
    }

    /** p(r) = clamp(E(min(r, eps_max)) / C, 0, 1): the profile's expected flipped share at radius r. */
    public double p(double radius) {
        double e = profile.estimate(Math.min(Math.max(radius, 0), profile.epsMax()));
        return Math.min(1.0, Math.max(0.0, e) / profile.labels());
    }

    @Override
    public Loss atRadius(double radius) {
        return new SlamLoss(q, p(radius));
    }

    @Override
    public String describe() {
        return "slam_ramp(q=" + q + ")";
    }

    @Override
    public NDArray value(NDArray y, NDArray t, NDArray w) {
        return LinearLoss.INSTANCE.value(y, t, w);
    }

    @Override
    public NDArray gradient(NDArray y, NDArray t, NDArray w, double count) {
        return LinearLoss.INSTANCE.gradient(y, t, w, count);
    }
}
