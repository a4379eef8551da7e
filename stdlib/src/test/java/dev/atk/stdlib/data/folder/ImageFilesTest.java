package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.stdlib.data.DataException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding to RGB with PIL's {@code convert('RGB')} semantics, and the errors for bad files. */
class ImageFilesTest {
    @TempDir
    Path tmp;

    @Test
    void rgbPngKeepsExactSamples() {
        RgbImage src = Fixtures.pattern(9, 7, 3);
        assertArrayEquals(src.rgb(), ImageFiles.read(Fixtures.png(src, tmp.resolve("a.png"))).rgb());
    }

    @Test
    void greyPngIsReplicatedWithoutGammaConversion() {
        // BufferedImage.getRGB would treat TYPE_BYTE_GRAY as linear and turn 64 into about 137; PIL gives 64.
        int[] samples = {0, 1, 64, 128, 200, 255};
        RgbImage img = ImageFiles.read(Fixtures.write(Fixtures.grey(3, 2, samples), "png", tmp.resolve("g.png")));
        for (int p = 0; p < samples.length; p++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(samples[p], img.get(p % 3, p / 3, c), "pixel " + p + " channel " + c);
            }
        }
    }

    @Test
    void greyJpegBecomesEqualChannels() {
        int[] samples = new int[16 * 16];
        Arrays.setAll(samples, i -> 40 + (i % 16) * 8);
        RgbImage img = ImageFiles.read(Fixtures.write(Fixtures.grey(16, 16, samples), "jpeg", tmp.resolve("g.jpg")));
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(img.get(x, y, 0), img.get(x, y, 1));
                assertEquals(img.get(x, y, 0), img.get(x, y, 2));
                assertTrue(Math.abs(img.get(x, y, 0) - samples[y * 16 + x]) <= 6, "JPEG is lossy, but not that much");
            }
        }
    }

    @Test
    void rgbJpegKeepsChannelOrder() {
        BufferedImage b = new BufferedImage(16, 16, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                b.getRaster().setPixel(x, y, new int[] {220, 120, 30});
            }
        }
        RgbImage img = ImageFiles.read(Fixtures.write(b, "jpeg", tmp.resolve("c.jpg")));
        assertTrue(Math.abs(img.get(5, 5, 0) - 220) <= 4 && Math.abs(img.get(5, 5, 1) - 120) <= 4
                && Math.abs(img.get(5, 5, 2) - 30) <= 4, "got " + img.get(5, 5, 0) + "," + img.get(5, 5, 1) + ","
                        + img.get(5, 5, 2));
    }

    @Test
    void palettePngIsLookedUp() {
        byte[] r = {10, (byte) 200, 0};
        byte[] g = {20, 100, (byte) 255};
        byte[] bl = {30, 50, 7};
        BufferedImage b = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 3, r, g, bl));
        b.getRaster().setPixels(0, 0, 3, 1, new int[] {2, 0, 1});
        RgbImage img = ImageFiles.read(Fixtures.write(b, "png", tmp.resolve("p.png")));
        assertArrayEquals(new byte[] {0, (byte) 255, 7, 10, 20, 30, (byte) 200, 100, 50}, img.rgb());
    }

    @Test
    void alphaIsDroppedNotComposited() {
        BufferedImage b = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR);
        b.getRaster().setPixel(0, 0, new int[] {100, 150, 200, 0});
        b.getRaster().setPixel(1, 0, new int[] {1, 2, 3, 128});
        RgbImage img = ImageFiles.read(Fixtures.write(b, "png", tmp.resolve("a.png")));
        assertArrayEquals(new byte[] {100, (byte) 150, (byte) 200, 1, 2, 3}, img.rgb());
    }

    @Test
    void sixteenBitGreyClipsLikePil() {
        // PIL opens 16-bit grey as I;16 and convert('RGB') clips to 255 (Pillow 10.4 and 13.0).
        BufferedImage b = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        b.getRaster().setPixels(0, 0, 3, 1, new int[] {100, 258, 65535});
        RgbImage img = ImageFiles.read(Fixtures.write(b, "png", tmp.resolve("g16.png")));
        assertArrayEquals(new byte[] {100, 100, 100, (byte) 255, (byte) 255, (byte) 255, (byte) 255, (byte) 255,
                (byte) 255}, img.rgb());
    }

    @Test
    void missingFileIsNamed() {
        Path f = tmp.resolve("nope.jpg");
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(f));
        assertEquals("image file " + f + " not found", e.getMessage());
    }

    @Test
    void nonImageIsNamed() throws Exception {
        Path f = Fixtures.text(tmp.resolve("notes.jpg"), "this is not a JPEG\n");
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(f));
        assertEquals("image file " + f + " is not a JPEG or PNG image", e.getMessage());
    }

    @Test
    void truncatedJpegIsRefusedLikePil() throws Exception {
        Path full = Fixtures.jpeg(Fixtures.pattern(64, 64, 1), tmp.resolve("full.jpg"));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(tmp.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(cut));
        assertTrue(e.getMessage().startsWith("image file " + cut + " is truncated ("), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    @Test
    void corruptPngIsNamed() throws Exception {
        Path full = Fixtures.png(Fixtures.pattern(64, 64, 1), tmp.resolve("full.png"));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(tmp.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(cut));
        assertTrue(e.getMessage().startsWith("cannot decode image file " + cut + ": "), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }
}
