package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Reading rendered PNGs back and asking simple questions about their pixels. */
final class Pixels {
    private Pixels() {}

    /** Reads a PNG that must exist and decode. */
    static BufferedImage read(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "expected a PNG at " + file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, "not a decodable image: " + file);
        return image;
    }

    static void assertSize(BufferedImage image, int width, int height) {
        assertEquals(width, image.getWidth(), "image width");
        assertEquals(height, image.getHeight(), "image height");
    }

    /** The colour at (x, y) as 0xRRGGBB. */
    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(rgb(image, x, y));
            }
        }
        return colours.size();
    }

    /** A real chart has text, antialiased edges and data colours: far more than a handful of colours. */
    static void assertNotBlank(BufferedImage image) {
        int distinct = distinctColours(image);
        assertTrue(distinct >= 20, "image looks blank: only " + distinct + " distinct colours");
    }

    /** Pixels of exactly {@code colour} inside the rectangle [x0, x1) × [y0, y1). */
    static int count(BufferedImage image, Rgb colour, int x0, int y0, int x1, int y1) {
        int wanted = colour.packed();
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (rgb(image, x, y) == wanted) {
                    count++;
                }
            }
        }
        return count;
    }

    static int count(BufferedImage image, Rgb colour) {
        return count(image, colour, 0, 0, image.getWidth(), image.getHeight());
    }

    /** The colour at the centre of a box given in device pixels. */
    static int centre(BufferedImage image, Box box) {
        return rgb(image, (int) Math.floor(box.centerX()), (int) Math.floor(box.centerY()));
    }

    static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }
}
