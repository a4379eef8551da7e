package dev.atk.chart;

import java.util.Objects;

/**
 * Shows an adversarial perturbation, which is far too faint to see as an image, as a diverging colour image:
 * white where nothing changed, red where the attack brightened the pixel, blue where it darkened it, full colour at
 * ±{@code amplitude}. Choosing the amplitude below the budget is what "amplified" means; put the factor in the
 * caption so readers know (e.g. "perturbation ×10").
 */
public final class Perturbation {
    private Perturbation() {}

    /** {@code delta[y][x]} with values in about [−amplitude, amplitude]; larger magnitudes saturate. */
    public static PixelImage diverging(float[][] delta, double amplitude) {
        checkAmplitude(amplitude);
        float[][] plane = Matrices.checkRectangular(delta, "perturbation");
        return colour(plane, amplitude);
    }

    /**
     * {@code delta[channel][y][x]} (CHW); a diverging map needs one signed number per pixel, so channels are
     * averaged, which keeps the sign of a change that moves all channels the same way.
     */
    public static PixelImage diverging(float[][][] delta, double amplitude) {
        checkAmplitude(amplitude);
        Objects.requireNonNull(delta, "perturbation");
        if (delta.length == 0) {
            throw new IllegalArgumentException("perturbation must have at least one channel");
        }
        float[][] first = Matrices.checkRectangular(delta[0], "perturbation channel 0");
        float[][] mean = new float[first.length][first[0].length];
        for (int c = 0; c < delta.length; c++) {
            float[][] plane = Matrices.checkRectangular(delta[c], "perturbation channel " + c);
            if (plane.length != mean.length || plane[0].length != mean[0].length) {
                throw new IllegalArgumentException("perturbation channel " + c + " is " + plane.length + "x"
                        + plane[0].length + ", channel 0 is " + mean.length + "x" + mean[0].length);
            }
            for (int y = 0; y < mean.length; y++) {
                for (int x = 0; x < mean[0].length; x++) {
                    mean[y][x] += plane[y][x] / delta.length;
                }
            }
        }
        return colour(mean, amplitude);
    }

    /** The largest |value| (ignoring NaN), a natural amplitude; 0 for an all-zero perturbation. */
    public static double maxAbs(float[][][] delta) {
        double max = 0;
        for (float[][] plane : delta) {
            for (float[] row : plane) {
                for (float v : row) {
                    if (!Float.isNaN(v)) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
            }
        }
        return max;
    }

    private static PixelImage colour(float[][] plane, double amplitude) {
        Colormap map = Colormap.blueWhiteRed();
        Rgb[][] colours = new Rgb[plane.length][plane[0].length];
        for (int y = 0; y < plane.length; y++) {
            for (int x = 0; x < plane[0].length; x++) {
                float v = plane[y][x];
                double t = Float.isNaN(v) ? 0.5 : 0.5 + 0.5 * Math.max(-1, Math.min(1, v / amplitude));
                colours[y][x] = map.at(t);
            }
        }
        return PixelImage.of(colours);
    }

    private static void checkAmplitude(double amplitude) {
        if (!(amplitude > 0) || Double.isInfinite(amplitude)) {
            throw new IllegalArgumentException("perturbation amplitude must be finite and > 0, got " + amplitude);
        }
    }
}
