package dev.atk.stdlib.data.folder;

import java.awt.image.Raster;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * JPEGs with an embedded ICC profile, decoded as PIL decodes them: without applying the profile.
 *
 * <p>ImageIO converts such a file from its profile to sRGB while decoding (an Adobe RGB photo changes a lot, and even
 * an embedded sRGB profile moves values by rounding); PIL hands back libjpeg's RGB untouched. So for these files the
 * raw Y, Cb, Cr samples are read ({@code ImageReader.readRaster} does no colour conversion, and its upsampling is
 * libjpeg's) and converted with libjpeg's own fixed-point formula ({@code jdcolor.c}, {@code ycc_rgb_convert}), which
 * libjpeg-turbo, Pillow's decoder, computes identically.
 */
final class IccJpeg {
    private static final int SCALEBITS = 16;
    private static final int ONE_HALF = 1 << (SCALEBITS - 1);
    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (fix(1.40200) * x + ONE_HALF) >> SCALEBITS;
            CB_B[i] = (fix(1.77200) * x + ONE_HALF) >> SCALEBITS;
            CR_G[i] = -fix(0.71414) * x;
            CB_G[i] = -fix(0.34414) * x + ONE_HALF;
        }
    }

    private IccJpeg() {}

    private static final byte[] ICC_TAG = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    /** Whether the file is a JPEG with an APP2 {@code ICC_PROFILE} segment before its scan data. */
    static boolean hasIccProfile(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return false; // not a JPEG
            }
            while (true) {
                int marker = in.readUnsignedShort();
                while (marker == 0xFFFF) { // fill bytes
                    marker = (marker << 8 | in.readUnsignedByte()) & 0xFFFF;
                }
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return false; // scan data (or garbage) reached without a profile
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return false;
                }
                if (marker == 0xFFE2 && length >= ICC_TAG.length) {
                    byte[] tag = new byte[ICC_TAG.length];
                    in.readFully(tag);
                    if (Arrays.equals(tag, ICC_TAG)) {
                        return true;
                    }
                    length -= tag.length;
                }
                in.skipNBytes(length);
            }
        } catch (EOFException e) {
            return false; // a truncated header: let the decoder report it
        }
    }

    private static int fix(double x) {
        return (int) (x * (1L << SCALEBITS) + 0.5);
    }

    /** A three-band raster of Y, Cb, Cr samples (full resolution, as libjpeg upsampled them) as RGB. */
    static RgbImage toRgb(Raster ycc) {
        int w = ycc.getWidth();
        int h = ycc.getHeight();
        byte[] out = new byte[w * h * 3];
        int[] row = new int[w * 3];
        for (int y = 0; y < h; y++) {
            ycc.getPixels(ycc.getMinX(), ycc.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int luma = row[3 * x];
                int cb = row[3 * x + 1];
                int cr = row[3 * x + 2];
                int q = (y * w + x) * 3;
                out[q] = clamp(luma + CR_R[cr]);
                out[q + 1] = clamp(luma + ((CB_G[cb] + CR_G[cr]) >> SCALEBITS));
                out[q + 2] = clamp(luma + CB_B[cb]);
            }
        }
        return new RgbImage(w, h, out);
    }

    /** Three-band raster samples taken as they are (an RGB-coded JPEG). */
    static RgbImage raw(Raster rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        byte[] out = new byte[w * h * 3];
        int[] row = new int[w * 3];
        for (int y = 0; y < h; y++) {
            rgb.getPixels(rgb.getMinX(), rgb.getMinY() + y, w, 1, row);
            for (int i = 0; i < row.length; i++) {
                out[y * w * 3 + i] = (byte) row[i];
            }
        }
        return new RgbImage(w, h, out);
    }

    private static byte clamp(int v) {
        return (byte) Math.max(0, Math.min(255, v));
    }
}
