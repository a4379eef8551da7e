package dev.atk.spi;

/**
 * An analysis that attacks one label at a time: the label-correlation matrix (ALGORITHMS.md §5, Algorithm 1) or
 * label attackability (§7.6).
 *
 * @param eps the MI-FGSM budget of each one-label attack (0.005 for correlations in the released code)
 * @param samples images per label (100)
 * @param direction correlations: {@code up} pushes every label ℓ up (t_ℓ = 1) on the same images (§5.1),
 *     {@code down} pushes ℓ down (t_ℓ = 0) on images whose ground truth contains ℓ (§5.2); attackability: {@code up}
 *     flips ℓ up on images without it, {@code down} flips it down on images with it
 */
public record LabelAttackRequest(double eps, int samples, String direction) implements java.io.Serializable {
    public static final String UP = "up";
    public static final String DOWN = "down";

    public LabelAttackRequest {
        if (!UP.equals(direction) && !DOWN.equals(direction)) {
            throw new IllegalArgumentException("direction must be up or down, got " + direction);
        }
    }

    public boolean up() {
        return UP.equals(direction);
    }
}
