package dev.atk.stdlib.model;

/**
 * The fixed 2-D sine positional encoding of DETR and Query2Label, computed in Java: for a feature map of
 * {@code height × width} cells and an even width {@code d} split into a row half and a column half, channel
 * {@code c < d/2} of cell {@code (r, k)} is
 *
 * <pre>
 *   f = 2π·(r+1)/height / T^(2·⌊c/2⌋/(d/2))      (T = 10000)
 *   pe[c] = sin f  if c is even,  cos f  if c is odd
 * </pre>
 * and channel {@code d/2 + c} is the same with the column {@code (k+1)/width}. Rows are the cells in
 * row-major order, matching a {@code C×H×W} feature map flattened to {@code H·W} tokens.
 */
public final class SinePositionEncoding {
    public static final double TEMPERATURE = 10_000;

    private SinePositionEncoding() {}

    /** {@code (height·width) × d} values, row-major. */
    public static double[] grid(int height, int width, int d) {
        if (d <= 0 || d % 4 != 0) {
            throw new IllegalArgumentException("encoding width must be a positive multiple of 4, got " + d);
        }
        int half = d / 2;
        double[] out = new double[height * width * d];
        for (int r = 0; r < height; r++) {
            for (int k = 0; k < width; k++) {
                int base = (r * width + k) * d;
                double y = 2 * Math.PI * (r + 1) / height;
                double x = 2 * Math.PI * (k + 1) / width;
                for (int c = 0; c < half; c++) {
                    double freq = Math.pow(TEMPERATURE, 2.0 * (c / 2) / half);
                    out[base + c] = c % 2 == 0 ? Math.sin(y / freq) : Math.cos(y / freq);
                    out[base + half + c] = c % 2 == 0 ? Math.sin(x / freq) : Math.cos(x / freq);
                }
            }
        }
        return out;
    }
}
