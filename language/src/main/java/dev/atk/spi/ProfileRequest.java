package dev.atk.spi;

/**
 * How to compute a model profile (ALGORITHMS.md §4).
 *
 * @param interval probe iterations between measurements (10; 50 for Q2L-NUS in the paper)
 * @param stopRatio stop when Δflips / Δflips at the first measurement falls below this (0.01)
 * @param degree polynomial degree of the fit (4)
 * @param combine {@code bce} (the code: the linear probe is discarded) or {@code max} (the paper: max of both)
 * @param maxMeasurements safety cap on the number of measurements
 */
public record ProfileRequest(int interval, double stopRatio, int degree, String combine, int maxMeasurements)
        implements java.io.Serializable {
    public static ProfileRequest defaults() {
        return new ProfileRequest(10, 0.01, 4, "bce", 200);
    }
}
