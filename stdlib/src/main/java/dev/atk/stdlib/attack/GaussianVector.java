package dev.atk.stdlib.attack;

import java.util.SplittableRandom;

/**
 * A standard normal vector drawn on the host from a seeded stream (Box–Muller, one value per two uniforms), with its
 * L2 length: {@code values / length} is a uniformly random direction. Random starts and random noise draw it once per
 * image, so their draws do not depend on batching or on the device.
 */
public record GaussianVector(double[] values, double length) {

    public static GaussianVector draw(SplittableRandom rng, int dim) {
        double[] v = new double[dim];
        double sq = 0;
        for (int k = 0; k < dim; k++) {
            double a = rng.nextDouble();
            double b = rng.nextDouble();
            v[k] = Math.sqrt(-2 * Math.log(1 - a)) * Math.cos(2 * Math.PI * b);
            sq += v[k] * v[k];
        }
        return new GaussianVector(v, Math.sqrt(sq));
    }
}
