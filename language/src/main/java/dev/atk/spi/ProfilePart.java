package dev.atk.spi;

/**
 * Measurements {@code [from, from + bceFlipSums.length)} of part {@code part} of {@code parts} of the profile probe:
 * the part's whole batches of probe images, their flips summed per measurement.
 *
 * @param images the probe images of this part
 */
public record ProfilePart(int part, int parts, int from, double[] bceFlipSums, double[] linearFlipSums, int images)
        implements java.io.Serializable {}
