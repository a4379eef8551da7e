package dev.atk.stdlib.data.folder;

import java.util.Objects;

/**
 * An 8-bit RGB image as PIL holds an {@code RGB} image: row-major, channels interleaved ({@code rgb[(y*width+x)*3+c]}).
 * Kept as bytes, not floats, because the reference rounds to uint8 after every resampling pass and only divides by
 * 255 at {@code ToTensor}.
 */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        Objects.requireNonNull(rgb);
        if (width < 1 || height < 1 || rgb.length != (long) width * height * 3) {
            throw new IllegalArgumentException("RGB image " + width + "×" + height + " needs " + (3L * width * height)
                    + " bytes, got " + rgb.length);
        }
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) of pixel (x, y), 0..255. */
    public int get(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xff;
    }

    /** The pixels planar (C×H×W), the layout a tensor wants. */
    public byte[] toChw() {
        int n = width * height;
        byte[] out = new byte[3 * n];
        for (int p = 0; p < n; p++) {
            out[p] = rgb[3 * p];
            out[n + p] = rgb[3 * p + 1];
            out[2 * n + p] = rgb[3 * p + 2];
        }
        return out;
    }
}
