package dev.atk.stdlib.profile;

import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.ProfileRounds;
import java.util.ArrayList;
import java.util.List;

/**
 * The probe's measurements turned into a profile (ALGORITHMS.md §4.1): the mean flips of the BCE and linear probes
 * per measurement (both lists start with 0 at ε = 0), the stop rule on the BCE list, and the polynomial fit on the
 * grid ε_j = j·interval·α. It sees only flip sums, so the measurements may come from one process or from a cluster's
 * parts.
 */
public final class ProbeFit implements ProfileRounds {
    private final ProfileRequest request;
    private final String combine;
    private final double alpha;
    private final int labels;
    private final int images;
    private final StopRule stop;
    private final List<Double> linear = new ArrayList<>(List.of(0.0));
    private String computedOn;

    /**
     * @param alpha the probe's step size (the grid's unit)
     * @param images the probe images the sums are over
     * @throws IllegalArgumentException for an interval below 1, an unknown combine or no image
     */
    public ProbeFit(ProfileRequest request, double alpha, int labels, int images) {
        if (request.interval() < 1) {
            throw new IllegalArgumentException("profile interval must be >= 1, got " + request.interval());
        }
        combine = request.combine() == null ? "bce" : request.combine();
        if (!combine.equals("bce") && !combine.equals("max")) {
            throw new IllegalArgumentException("profile combine must be bce or max, got " + combine);
        }
        if (images == 0) {
            throw new IllegalArgumentException("a profile needs at least one probe image");
        }
        this.request = request;
        this.alpha = alpha;
        this.labels = labels;
        this.images = images;
        this.stop = new StopRule(request.stopRatio(), request.maxMeasurements());
    }

    /** Records what computes the measurements in the result's provenance ({@link ProfileResult#computedOn}). */
    public ProbeFit computedOn(String where) {
        this.computedOn = where;
        return this;
    }

    @Override
    public boolean add(double bceFlipSum, double linearFlipSum) {
        linear.add(linearFlipSum / images);
        return stop.add(bceFlipSum / images);
    }

    @Override
    public boolean stopped() {
        return stop.stopped();
    }

    @Override
    public int interval() {
        return request.interval();
    }

    @Override
    public int maxMeasurements() {
        return request.maxMeasurements();
    }

    @Override
    public ProfileResult result() {
        if (!stop.stopped()) {
            throw new IllegalStateException("the probe has not stopped");
        }
        double[] bce = stop.values();
        double[] lin = linear.stream().mapToDouble(Double::doubleValue).toArray();
        double[] eps = new double[bce.length];
        for (int j = 0; j < eps.length; j++) {
            eps[j] = j * request.interval() * alpha;
        }
        double[] fitted = bce;
        if (combine.equals("max")) {
            fitted = new double[bce.length];
            for (int j = 0; j < bce.length; j++) {
                fitted[j] = Math.max(bce[j], lin[j]);
            }
        }
        double[] coefficients = PolyFit.fit(eps, fitted, request.degree());
        return new ProfileResult(coefficients, eps[eps.length - 1], labels, eps, bce, lin, images,
                request.interval(), combine, stop.converged(), computedOn);
    }
}
