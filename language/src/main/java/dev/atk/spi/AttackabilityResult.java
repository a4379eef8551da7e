package dev.atk.spi;

/**
 * Label attackability (ALGORITHMS.md §7.6, Table II / Fig. 4): per label ℓ, the share of images on which attacking
 * ℓ alone (one-hot BCE, budget {@code eps}) flipped ℓ's prediction. Only images whose clean prediction of ℓ matches
 * the ground truth are attacked. Plain data, cached as JSON by digest.
 *
 * @param attempts images attacked per label
 * @param flipped of those, how many flipped ℓ
 * @param meanConfidence mean clean confidence of ℓ on the attacked images (NaN when none)
 * @param frequency how often ℓ is positive in {@code frequencySource}, as a share of its items (set by the executor)
 */
public record AttackabilityResult(double eps, String direction, int labels, int[] attempts, int[] flipped,
                                  double[] meanConfidence, double[] frequency, String frequencySource,
                                  long forwardPasses, long backwardPasses, double seconds)
        implements java.io.Serializable {

    /** Flipped / attempts per label (NaN for a label with no attempt). */
    public double[] flipRate() {
        double[] r = new double[labels];
        for (int l = 0; l < labels; l++) {
            r[l] = attempts[l] == 0 ? Double.NaN : (double) flipped[l] / attempts[l];
        }
        return r;
    }

    /** The same result with label frequencies from {@code source}. */
    public AttackabilityResult withFrequency(double[] labelFrequency, String source) {
        return new AttackabilityResult(eps, direction, labels, attempts, flipped, meanConfidence, labelFrequency, source,
                forwardPasses, backwardPasses, seconds);
    }
}
