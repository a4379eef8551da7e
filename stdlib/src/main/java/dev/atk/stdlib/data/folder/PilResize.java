package dev.atk.stdlib.data.folder;

/**
 * Resizes exactly as torchvision's {@code Resize((H,W))} does on a PIL image: Pillow's {@code BILINEAR} resampling
 * ({@code libImaging/Resample.c}), which is not textbook bilinear interpolation.
 *
 * <p>Why copy Pillow bit for bit: the attacks in the reference ran on images that went through this code, and an
 * ε of 1/255 is one uint8 step, so a different interpolation would change which pixels the attack starts from.
 * Pillow's specifics, all reproduced here:
 * <ul>
 *   <li>a triangle filter whose support is widened by the downscale factor (antialiasing when shrinking; support 1
 *       when enlarging), centred at {@code (x+0.5)·scale} and evaluated at source pixel centres;</li>
 *   <li>weights normalised per output pixel, then rounded to 22-bit fixed point;</li>
 *   <li>two separable passes, horizontal first, each accumulating in a 32-bit int from 0.5 (rounding) and clipping to
 *       uint8, so the intermediate image is rounded to uint8 between the passes;</li>
 *   <li>a pass is skipped when that dimension keeps its size.</li>
 * </ul>
 * Bit-identical to Pillow 10.4 and 12.3 (PilResizeTest). Pillow 13.0 runs the vertical pass first when the height
 * shrinks much more than the width, which moves about 12% of a portrait image's values by 1; the reference predates
 * it, so the horizontal pass always goes first here.
 */
public final class PilResize {
    /** Pillow's {@code PRECISION_BITS}: 32 - 8 (pixel) - 2 (headroom). */
    private static final int PRECISION_BITS = 32 - 8 - 2;
    /** Pillow's BILINEAR filter support (the triangle's half-width before scaling). */
    private static final double SUPPORT = 1.0;

    private PilResize() {}

    /** {@code image} resized to {@code height}×{@code width} with Pillow's BILINEAR filter. */
    public static RgbImage resize(RgbImage image, int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("resize to " + height + "×" + width);
        }
        RgbImage out = image;
        if (width != image.width()) {
            out = horizontal(out, coefficients(image.width(), width));
        }
        if (height != image.height()) {
            out = vertical(out, coefficients(image.height(), height));
        }
        return out == image ? new RgbImage(image.width(), image.height(), image.rgb().clone()) : out;
    }

    /**
     * Fixed-point filter weights for one axis, as Pillow's {@code precompute_coeffs} + {@code normalize_coeffs_8bpc}.
     * Output pixel {@code o} reads {@code count[o]} source pixels from {@code first[o]} with weights
     * {@code k[o*ksize ..]}.
     */
    record Coefficients(int ksize, int[] first, int[] count, int[] k) {}

    static Coefficients coefficients(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = SUPPORT * filterScale;
        int ksize = (int) Math.ceil(support) * 2 + 1;
        int[] first = new int[outSize];
        int[] count = new int[outSize];
        int[] k = new int[outSize * ksize];
        double[] w = new double[ksize];
        for (int o = 0; o < outSize; o++) {
            double center = (o + 0.5) * scale;
            double ss = 1.0 / filterScale;
            // (int) truncates toward zero, like the C cast; Pillow relies on that for the "+ 0.5" rounding.
            int xmin = Math.max((int) (center - support + 0.5), 0);
            int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
            double sum = 0.0;
            for (int x = 0; x < xmax; x++) {
                w[x] = triangle((x + xmin - center + 0.5) * ss);
                sum += w[x];
            }
            for (int x = 0; x < xmax; x++) {
                double v = sum != 0.0 ? w[x] / sum : w[x];
                // Round half away from zero into 22-bit fixed point, as normalize_coeffs_8bpc.
                k[o * ksize + x] = v < 0 ? (int) (-0.5 + v * (1 << PRECISION_BITS))
                        : (int) (0.5 + v * (1 << PRECISION_BITS));
            }
            first[o] = xmin;
            count[o] = xmax;
        }
        return new Coefficients(ksize, first, count, k);
    }

    private static double triangle(double x) {
        double a = Math.abs(x);
        return a < 1.0 ? 1.0 - a : 0.0;
    }

    private static RgbImage horizontal(RgbImage in, Coefficients c) {
        int outW = c.first().length;
        int inW = in.width();
        byte[] src = in.rgb();
        byte[] dst = new byte[outW * in.height() * 3];
        for (int y = 0; y < in.height(); y++) {
            int row = y * inW * 3;
            for (int o = 0; o < outW; o++) {
                int base = o * c.ksize();
                int s0 = 1 << (PRECISION_BITS - 1);
                int s1 = s0;
                int s2 = s0;
                for (int x = 0; x < c.count()[o]; x++) {
                    int p = row + (c.first()[o] + x) * 3;
                    int kx = c.k()[base + x];
                    s0 += (src[p] & 0xff) * kx;
                    s1 += (src[p + 1] & 0xff) * kx;
                    s2 += (src[p + 2] & 0xff) * kx;
                }
                int q = (y * outW + o) * 3;
                dst[q] = clip8(s0);
                dst[q + 1] = clip8(s1);
                dst[q + 2] = clip8(s2);
            }
        }
        return new RgbImage(outW, in.height(), dst);
    }

    private static RgbImage vertical(RgbImage in, Coefficients c) {
        int outH = c.first().length;
        int w = in.width();
        byte[] src = in.rgb();
        byte[] dst = new byte[w * outH * 3];
        for (int o = 0; o < outH; o++) {
            int base = o * c.ksize();
            for (int x = 0; x < w; x++) {
                int s0 = 1 << (PRECISION_BITS - 1);
                int s1 = s0;
                int s2 = s0;
                for (int y = 0; y < c.count()[o]; y++) {
                    int p = ((c.first()[o] + y) * w + x) * 3;
                    int ky = c.k()[base + y];
                    s0 += (src[p] & 0xff) * ky;
                    s1 += (src[p + 1] & 0xff) * ky;
                    s2 += (src[p + 2] & 0xff) * ky;
                }
                int q = (o * w + x) * 3;
                dst[q] = clip8(s0);
                dst[q + 1] = clip8(s1);
                dst[q + 2] = clip8(s2);
            }
        }
        return new RgbImage(w, outH, dst);
    }

    /** Pillow's {@code clip8}: drop the fraction bits and saturate to 0..255. */
    private static byte clip8(int v) {
        if (v >= 1 << PRECISION_BITS << 8) {
            return (byte) 255;
        }
        if (v <= 0) {
            return 0;
        }
        return (byte) (v >> PRECISION_BITS);
    }
}
