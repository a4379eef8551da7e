package dev.atk.chart;

/**
 * Shows an adversarial perturbation, far too faint to see as an image, on a diverging colour scale: white where
 * nothing changed, red where the attack brightened a pixel, blue where it darkened it, full colour at
 * ±{@code amplitude}. {@link #ramp} is the same scale for the grid's colour bar.
 */
public final class Perturbation {
    private Perturbation() {}

    /** The colour scale of a perturbation shown at ±{@code amplitude}. */
    public static ColorRamp ramp(double amplitude) {
        if (!(amplitude > 0) || Double.isInfinite(amplitude)) {
            throw new IllegalArgumentException("perturbation amplitude must be finite and > 0, got " + amplitude);
        }
        return ColorRamp.diverging(-amplitude, amplitude);
    }

    /**
     * {@code delta[channel][y][x]} (CHW, one channel for greyscale). A diverging scale needs one signed number per
     * pixel, so channels are averaged, which keeps the sign of a change that moves all channels alike.
     */
    public static PixelImage diverging(float[][][] delta, double amplitude) {
        ColorRamp ramp = ramp(amplitude);
        if (delta.length == 0 || delta[0].length == 0) {
            throw new IllegalArgumentException("perturbation must have at least one channel and one row");
        }
        int h = delta[0].length;
        int w = delta[0][0].length;
        int[] packed = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double mean = 0;
                for (float[][] plane : delta) {
                    if (plane.length != h || plane[y].length != w) {
                        throw new IllegalArgumentException("perturbation channels must all be " + h + "x" + w);
                    }
                    mean += plane[y][x] / (double) delta.length;
                }
                packed[y * w + x] = ramp.color(mean).getRGB() & 0xFFFFFF;
            }
        }
        return new PixelImage(w, h, packed);
    }
}
