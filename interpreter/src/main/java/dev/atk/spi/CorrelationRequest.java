package dev.atk.spi;

/**
 * How to extract a label-correlation matrix (ALGORITHMS.md §5, Algorithm 1).
 *
 * @param eps the MI-FGSM budget of each one-label attack (0.005 in the released code)
 * @param samples images per label (100)
 * @param direction {@code up}: every label ℓ is pushed up (t_ℓ = 1) on the same images (§5.1); {@code down}: ℓ is
 *     pushed down (t_ℓ = 0) on images whose ground truth contains ℓ (§5.2)
 */
public record CorrelationRequest(double eps, int samples, String direction) {
    public static final String UP = "up";
    public static final String DOWN = "down";

    public CorrelationRequest {
        if (!UP.equals(direction) && !DOWN.equals(direction)) {
            throw new IllegalArgumentException("direction must be up or down, got " + direction);
        }
    }

    public boolean up() {
        return UP.equals(direction);
    }
}
