package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {
    @TempDir
    Path dir;

    static float[][] blackWithOneWhitePixel(int size, int row, int column) {
        float[][] pixels = new float[size][size];
        pixels[row][column] = 1f;
        return pixels;
    }

    @Test
    void aOnePixelBecomesAWhiteBlock() throws IOException {
        ImageGrid grid = ImageGrid.builder().cellSize(80)
                .row(ImageCell.of(PixelImage.gray(blackWithOneWhitePixel(4, 1, 2)), "one white pixel")).build();
        BufferedImage image = Pixels.read(grid.render(dir.resolve("grid.png")));
        Box box = grid.imageBox(0, 0, 2);
        assertEquals(160, box.width(), 1e-9);
        double block = box.width() / 4;
        // every device pixel well inside the (row 1, column 2) block is white; the neighbours stay black
        for (int dy = 4; dy < block - 4; dy++) {
            for (int dx = 4; dx < block - 4; dx++) {
                int x = (int) (box.x() + 2 * block + dx);
                int y = (int) (box.y() + block + dy);
                assertEquals(0xFFFFFF, Pixels.rgb(image, x, y), "at " + x + "," + y);
            }
        }
        assertEquals(0x000000, Pixels.rgb(image, (int) (box.x() + 1.5 * block), (int) (box.y() + 1.5 * block)));
        assertEquals(0x000000, Pixels.rgb(image, (int) (box.x() + 2.5 * block), (int) (box.y() + 2.5 * block)));
    }

    @Test
    void rgbImagesKeepTheirColours() {
        float[][][] pixels = new float[3][2][2];
        pixels[0][0][0] = 1f;
        pixels[1][0][1] = 1f;
        pixels[2][1][0] = 1f;
        ImageGrid grid = ImageGrid.builder().cellSize(64).row(ImageCell.of(PixelImage.rgb(pixels))).build();
        BufferedImage image = grid.toImage();
        Box box = grid.imageBox(0, 0, 2);
        double half = box.width() / 2;
        assertEquals(0xFF0000, Pixels.rgb(image, (int) (box.x() + half / 2), (int) (box.y() + half / 2)));
        assertEquals(0x00FF00, Pixels.rgb(image, (int) (box.x() + 1.5 * half), (int) (box.y() + half / 2)));
        assertEquals(0x0000FF, Pixels.rgb(image, (int) (box.x() + half / 2), (int) (box.y() + 1.5 * half)));
    }

    @Test
    void sizeFollowsTheContent() {
        ImageGrid one = ImageGrid.builder().cellSize(100).row(ImageCell.of(PixelImage.gray(new float[2][2]))).build();
        ImageGrid three = ImageGrid.builder().cellSize(100)
                .row(ImageCell.of(PixelImage.gray(new float[2][2])), ImageCell.of(PixelImage.gray(new float[2][2])),
                        ImageCell.of(PixelImage.gray(new float[2][2])))
                .build();
        assertEquals(2 * (100 + ImageGridLayout.COLUMN_GAP), three.width() - one.width(), 1.0);
        ImageGrid captioned = ImageGrid.builder().cellSize(100)
                .row(ImageCell.of(PixelImage.gray(new float[2][2]), "line one", "line two")).build();
        assertTrue(captioned.height() > one.height() + 20, "captions need room");
    }

    @Test
    void fullPanelWithPerturbationRenders() throws IOException {
        float[][][] clean = new float[3][16][16];
        float[][][] delta = new float[3][16][16];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    clean[c][y][x] = (x + y) / 30f;
                    delta[c][y][x] = (x - y) / 600f;
                }
            }
        }
        float[][][] adversarial = new float[3][16][16];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    adversarial[c][y][x] = clean[c][y][x] + delta[c][y][x];
                }
            }
        }
        double amplitude = Perturbation.maxAbs(delta);
        ImageGrid grid = ImageGrid.builder().title("Example 3").columnTitles("clean", "adversarial", "perturbation ×40")
                .row("img 3", ImageCell.of(PixelImage.rgb(clean)),
                        ImageCell.of(PixelImage.rgb(adversarial), "+ bag@top_left", "\u2212 shirt@top_right"),
                        ImageCell.of(Perturbation.diverging(delta, amplitude)))
                .build();
        Path file = grid.render(dir.resolve("panel.png"));
        BufferedImage image = Pixels.read(file);
        Pixels.assertSize(image, (int) Math.ceil(grid.width() * 2.0), (int) Math.ceil(grid.height() * 2.0));
        Pixels.assertNotBlank(image);
        byte[] again = PngWriter.encode(grid.toImage());
        assertArrayEquals(Files.readAllBytes(file), again);
    }

    @Test
    void perturbationMapsSignToColour() {
        float[][] delta = {{-0.1f, 0f, 0.1f, 0.5f}};
        PixelImage image = Perturbation.diverging(delta, 0.1);
        assertEquals(Colormap.blueWhiteRed().first().packed(), image.rgbAt(0, 0));
        assertEquals(0xFFFFFF, image.rgbAt(1, 0));
        assertEquals(Colormap.blueWhiteRed().last().packed(), image.rgbAt(2, 0));
        assertEquals(Colormap.blueWhiteRed().last().packed(), image.rgbAt(3, 0), "beyond the amplitude saturates");
    }

    @Test
    void emptyGridRendersANote() {
        ImageGrid grid = ImageGrid.builder().title("no examples").build();
        BufferedImage image = grid.toImage();
        assertTrue(Pixels.distinctColours(image) > 5);
    }

    @Test
    void shortRowsLeaveBlankCells() {
        ImageGrid grid = ImageGrid.builder().cellSize(50).columnTitles("a", "b", "c")
                .row(ImageCell.of(PixelImage.gray(new float[][] {{0.5f}}))).build();
        BufferedImage image = grid.toImage();
        Box blank = grid.imageBox(0, 2, 2);
        assertEquals(0xFFFFFF, Pixels.centre(image, blank));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PixelImage.gray(new float[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> PixelImage.gray(new float[0][0]));
        assertThrows(IllegalArgumentException.class, () -> PixelImage.rgb(new float[2][3][3]));
        assertThrows(IllegalArgumentException.class,
                () -> PixelImage.rgb(new float[][][] {new float[2][2], new float[2][2], new float[3][2]}));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.diverging(new float[2][2], 0));
        assertThrows(IllegalArgumentException.class, () -> Perturbation.diverging(new float[2][2], Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> Perturbation.diverging(new float[][][] {new float[2][2], new float[2][3]}, 1));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.builder().cellSize(-5));
        assertThrows(NullPointerException.class, () -> ImageGrid.builder().row((ImageCell) null));
    }
}
