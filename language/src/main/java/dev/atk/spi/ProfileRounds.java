package dev.atk.spi;

/**
 * A profile assembled from the probe's measurements as they come (a cluster's parts measure their share of the probe
 * images round by round): the stop rule and the fit of {@link Backend#profile}, fed the flips summed over all probe
 * images, one measurement at a time.
 */
public interface ProfileRounds {

    /** Adds the next measurement's flip sums; returns true when the probe stops there. */
    boolean add(double bceFlipSum, double linearFlipSum);

    boolean stopped();

    /** Probe iterations per measurement. */
    int interval();

    /** The most measurements the probe takes. */
    int maxMeasurements();

    /** The profile, once {@link #stopped}. */
    ProfileResult result();
}
