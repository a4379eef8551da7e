package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {
    @TempDir
    Path dir;

    private static BufferedImage checkerboard() {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0x0072B2);
            }
        }
        return image;
    }

    @Test
    void createsParentFoldersAndLeavesNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("a/b/c/figure.png");
        PngWriter.write(checkerboard(), target);
        BufferedImage back = Pixels.read(target);
        Pixels.assertSize(back, 8, 6);
        assertEquals(0x0072B2, Pixels.rgb(back, 1, 0));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("figure.png");
        Files.writeString(target, "not a png");
        PngWriter.write(checkerboard(), target);
        byte[] bytes = Files.readAllBytes(target);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        assertEquals('N', bytes[2]);
        assertEquals('G', bytes[3]);
    }

    @Test
    void encodingIsDeterministicAndCarriesNoTimestamp() throws IOException {
        byte[] first = PngWriter.encode(checkerboard());
        byte[] second = PngWriter.encode(checkerboard());
        assertArrayEquals(first, second);
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertTrue(!text.contains("tIME"), "PNG must not carry a modification time chunk");
    }
}
