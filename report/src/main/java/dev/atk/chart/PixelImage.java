package dev.atk.chart;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A small raster for an {@link ImageGrid} cell, converted once from the caller's floats to 8-bit RGB. Values are
 * intensities in [0, 1]; values outside are clamped and NaN counts as 0, so a stray value cannot break a figure.
 */
public final class PixelImage {
    private final int width;
    private final int height;
    private final int[] packed;

    PixelImage(int width, int height, int[] packed) {
        if (width < 1 || height < 1 || packed.length != width * height) {
            throw new IllegalArgumentException("image must be at least 1x1 with one pixel per position");
        }
        this.width = width;
        this.height = height;
        this.packed = packed;
    }

    /** A greyscale image from {@code pixels[y][x]}. */
    public static PixelImage gray(float[][] pixels) {
        return rgb(new float[][][] {pixels, pixels, pixels});
    }

    /** A colour image from {@code pixels[channel][y][x]}, channels red, green, blue (CHW, as models use). */
    public static PixelImage rgb(float[][][] pixels) {
        Objects.requireNonNull(pixels, "rgb image");
        if (pixels.length != 3) {
            throw new IllegalArgumentException("rgb image must have 3 channels (CHW), got " + pixels.length);
        }
        int h = pixels[0].length;
        int w = h == 0 ? 0 : pixels[0][0].length;
        int[] packed = new int[w * h];
        for (int c = 0; c < 3; c++) {
            if (pixels[c].length != h) {
                throw new IllegalArgumentException("rgb image channels differ in height");
            }
            for (int y = 0; y < h; y++) {
                if (pixels[c][y].length != w) {
                    throw new IllegalArgumentException("image must be rectangular: channel " + c + " row " + y);
                }
                for (int x = 0; x < w; x++) {
                    packed[y * w + x] |= channel(pixels[c][y][x]) << (16 - 8 * c);
                }
            }
        }
        return new PixelImage(w, h, packed);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The colour at (x, y) as 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        return packed[y * width + x];
    }

    /**
     * The image enlarged {@code factor} times by repeating pixels. Done here rather than by the renderer because an
     * SVG viewer would smooth a small embedded image, and adversarial pixels must stay visible squares.
     */
    BufferedImage enlarged(int factor) {
        BufferedImage image = new BufferedImage(width * factor, height * factor, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height * factor; y++) {
            for (int x = 0; x < width * factor; x++) {
                image.setRGB(x, y, packed[(y / factor) * width + x / factor]);
            }
        }
        return image;
    }

    private static int channel(float value) {
        return Float.isNaN(value) ? 0 : Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }
}
