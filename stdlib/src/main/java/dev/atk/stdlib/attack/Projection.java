package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The constraint applied after every step, on the displacement d of x_k = x − α·d.
 *
 * <p>The reference MI-FGSM has none ({@link #NONE}: the iterate may leave the ε-ball's box and the pixel range, and is
 * clamped once at the end, ALGORITHMS.md §2.1). BIM and PGD project after every step ({@link #ball}): onto the ε-ball
 * around the clean image (L∞: clip each coordinate to ±ε; L2: shrink the image's displacement to norm ε), then into
 * the pixel range. Working on d keeps MI-FGSM's exact integer step counts when nothing binds.
 *
 * @param eps the ball's radius (in input units), or NaN for no projection
 * @param norm the ball's geometry
 */
public record Projection(double eps, Norm norm) {
    public static final Projection NONE = new Projection(Double.NaN, Norm.LINF);

    /** Project onto the {@code norm} ball of radius {@code eps} and into the pixel range after every step. */
    public static Projection ball(double eps, Norm norm) {
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("projection radius must be >= 0, got " + eps);
        }
        return new Projection(eps, norm);
    }

    public boolean none() {
        return Double.isNaN(eps);
    }

    /**
     * This projection for one batch of clean images. The pixel-range bounds on d depend only on the clean images and
     * α, so they are computed here once (in {@code owner}, the attack state's manager), not at every step.
     */
    Bound bind(NDArray clean, double alpha, double min, double max, Shape perImage, NDManager owner) {
        if (none()) {
            throw new IllegalStateException("no projection to bind");
        }
        // x − α·d ∈ [min, max]  ⇔  d ∈ [(x − max)/α, (x − min)/α]
        NDArray low = clean.sub(max).div(alpha);
        NDArray high = clean.sub(min).div(alpha);
        low.attach(owner);
        high.attach(owner);
        return new Bound(eps / alpha, low, high, perImage);
    }

    /** A projection bound to a batch: the ball's radius in units of α and the pixel range as bounds on d. */
    final class Bound {
        private final double radius;
        private final NDArray low;
        private final NDArray high;
        private final Shape perImage;

        private Bound(double radius, NDArray low, NDArray high, Shape perImage) {
            this.radius = radius;
            this.low = low;
            this.high = high;
            this.perImage = perImage;
        }

        /** The projected displacement, allocated in {@code d}'s manager: inside the ε-ball, then the pixel range. */
        NDArray apply(NDArray d) {
            NDArray inBall;
            if (norm == Norm.LINF) {
                inBall = d.clip(-radius, radius);
            } else {
                int batch = (int) perImage.get(0);
                NDArray length = d.reshape(batch, -1).square().sum(new int[] {1}).sqrt().reshape(perImage);
                // shrink only the images outside the ball: factor min(1, r/‖d‖), with ‖d‖ = 0 left alone
                NDArray factor = length.gt(radius).toType(d.getDataType(), false)
                        .mul(length.add(1e-30).pow(-1).mul(radius).sub(1)).add(1);
                inBall = d.mul(factor);
            }
            return inBall.maximum(low).minimum(high);
        }
    }
}
