package dev.atk.stdlib.data.folder;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test images and annotation files written into a temporary folder. */
final class Fixtures {
    private Fixtures() {}

    /** The deterministic RGB pattern the Pillow vectors in {@link PilResizeTest} were computed from. */
    static RgbImage pattern(int w, int h, int seed) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int q = (y * w + x) * 3;
                rgb[q] = (byte) ((x * 37 + y * 91 + seed) % 256);
                rgb[q + 1] = (byte) ((x * x * 11 + y * 5 + 3 * seed) % 256);
                rgb[q + 2] = (byte) ((x * y * 29 + 17 * x + seed * 7) % 256);
            }
        }
        return new RgbImage(w, h, rgb);
    }

    /** An sRGB image with exactly these samples (set on the raster, so no colour conversion touches them). */
    static BufferedImage toBuffered(RgbImage img) {
        BufferedImage b = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_3BYTE_BGR);
        WritableRaster r = b.getRaster();
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                r.setPixel(x, y, new int[] {img.get(x, y, 0), img.get(x, y, 1), img.get(x, y, 2)});
            }
        }
        return b;
    }

    /** A grey image with these samples, row-major. */
    static BufferedImage grey(int w, int h, int[] samples) {
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        b.getRaster().setPixels(0, 0, w, h, samples);
        return b;
    }

    static Path write(BufferedImage img, String format, Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(img, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path png(RgbImage img, Path file) {
        return write(toBuffered(img), "png", file);
    }

    static Path jpeg(RgbImage img, Path file) {
        return write(toBuffered(img), "jpeg", file);
    }

    static Path text(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
