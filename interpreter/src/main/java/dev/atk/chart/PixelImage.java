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

    private PixelImage(int width, int height, int[] packed) {
        this.width = width;
        this.height = height;
        this.packed = packed;
    }

    /** A greyscale image from {@code pixels[y][x]}. */
    public static PixelImage gray(float[][] pixels) {
        float[][] plane = Matrices.checkRectangular(pixels, "greyscale image");
        int h = plane.length;
        int w = plane[0].length;
        int[] packed = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = channel(plane[y][x]);
                packed[y * w + x] = (v << 16) | (v << 8) | v;
            }
        }
        return new PixelImage(w, h, packed);
    }

    /** A colour image from {@code pixels[channel][y][x]} with channels red, green, blue (CHW, as models use). */
    public static PixelImage rgb(float[][][] pixels) {
        Objects.requireNonNull(pixels, "rgb image");
        if (pixels.length != 3) {
            throw new IllegalArgumentException("rgb image must have 3 channels (CHW), got " + pixels.length);
        }
        float[][] red = Matrices.checkRectangular(pixels[0], "rgb image channel 0");
        float[][] green = Matrices.checkRectangular(pixels[1], "rgb image channel 1");
        float[][] blue = Matrices.checkRectangular(pixels[2], "rgb image channel 2");
        int h = red.length;
        int w = red[0].length;
        if (green.length != h || blue.length != h || green[0].length != w || blue[0].length != w) {
            throw new IllegalArgumentException("rgb image channels differ in size: " + h + "x" + w + ", "
                    + green.length + "x" + green[0].length + ", " + blue.length + "x" + blue[0].length);
        }
        int[] packed = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                packed[y * w + x] = (channel(red[y][x]) << 16) | (channel(green[y][x]) << 8) | channel(blue[y][x]);
            }
        }
        return new PixelImage(w, h, packed);
    }

    /** An image from ready colours, {@code colours[y][x]}. */
    public static PixelImage of(Rgb[][] colours) {
        if (colours == null || colours.length == 0 || colours[0] == null || colours[0].length == 0) {
            throw new IllegalArgumentException("colour image must have at least one row and one column");
        }
        int h = colours.length;
        int w = colours[0].length;
        int[] packed = new int[w * h];
        for (int y = 0; y < h; y++) {
            if (colours[y] == null || colours[y].length != w) {
                throw new IllegalArgumentException("colour image must be rectangular: row " + y + " differs from row 0");
            }
            for (int x = 0; x < w; x++) {
                packed[y * w + x] = Objects.requireNonNull(colours[y][x], "colour").packed();
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

    BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, packed, 0, width);
        return image;
    }

    private static int channel(float value) {
        if (Float.isNaN(value)) {
            return 0;
        }
        return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }
}
