package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adversarial image panel: captions wrapped between labels, a δ colour bar, pixels kept square. */
class ImageGridTest {
    static final String FLIPS = "+Ankle boot, −T-shirt/top, +Sneaker, −Bag, +Trouser, −Pullover";

    static float[][][] image(int size, float shift) {
        float[][][] x = new float[1][size][size];
        for (int y = 0; y < size; y++) {
            for (int i = 0; i < size; i++) {
                x[0][y][i] = Math.min(1, (y * size + i) / (float) (size * size) + shift);
            }
        }
        return x;
    }

    static ImageGrid grid() {
        float[][][] delta = new float[1][28][28];
        for (int y = 0; y < 28; y++) {
            for (int i = 0; i < 28; i++) {
                delta[0][y][i] = (i < 14 ? 1 : -1) * 0.01f * (y + 1) / 28;
            }
        }
        return ImageGrid.builder().title("fashion_cnn at each attack's largest budget").cellSize(96)
                .columnTitles("clean", "bce()", "δ, ±0.01")
                .colorBar(new ColorBar(Perturbation.ramp(0.01), "δ", "+0.01", "0", "−0.01"))
                .row("item 17", ImageCell.of(PixelImage.gray(image(28, 0)[0]), "predicted: Ankle boot, Bag"),
                        ImageCell.of(PixelImage.gray(image(28, 0.01f)[0]), "6 flips", FLIPS),
                        ImageCell.of(Perturbation.diverging(delta, 0.01), "L∞ 0.01, L2 0.31"))
                .build();
    }

    @Test
    void captionLinesAreWholeLabels() {
        ImageGridLayout layout = grid().layout();
        List<String> lines = layout.captions().get(0).get(1);
        assertEquals("6 flips", lines.get(0));
        assertTrue(lines.size() >= 3, "the flip list wraps: " + lines);
        List<String> labels = TextWrap.itemsOf(FLIPS);
        for (String line : lines.subList(1, lines.size())) {
            for (String piece : TextWrap.itemsOf(line)) {
                assertTrue(labels.contains(piece) || labels.contains(piece + ","), "'" + piece + "' is not a label");
            }
        }
    }

    @Test
    void aColumnWidensToFitItsLongestLabel() {
        String longLabel = "+a_label_far_too_long_for_a_small_cell@top_left";
        ImageGrid g = ImageGrid.builder().cellSize(32)
                .row("", ImageCell.of(PixelImage.gray(image(4, 0)[0]), longLabel)).build();
        double needed = TextWrap.metrics(ChartStyle.CAPTION).getStringBounds(longLabel, null).getWidth();
        assertTrue(g.layout().columnWidths()[0] >= needed, g.layout().columnWidths()[0] + " < " + needed);
        assertEquals(List.of(longLabel), g.layout().captions().get(0).get(0));
    }

    @Test
    void thePerturbationHasAColourBarRightOfTheImages() throws Exception {
        ImageGrid g = grid();
        ImageGridLayout layout = g.layout();
        assertNotNull(layout.colorStrip());
        double gridRight = layout.columnLefts()[2] + layout.columnWidths()[2];
        assertTrue(layout.colorStrip().getX() > gridRight);
        assertTrue(layout.colorStrip().getMaxX() < g.width());
        BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ChartWriter.png(g)));
        // top of the strip is the ramp's positive end (red), bottom its negative end (blue)
        int x = (int) ((layout.colorStrip().getCenterX()) * Chart.PNG_SCALE);
        Color top = new Color(png.getRGB(x, (int) ((layout.colorStrip().getY() + 3) * Chart.PNG_SCALE)));
        Color bottom = new Color(png.getRGB(x, (int) ((layout.colorStrip().getMaxY() - 3) * Chart.PNG_SCALE)));
        assertTrue(top.getRed() > top.getBlue() + 60, "top " + top);
        assertTrue(bottom.getBlue() > bottom.getRed() + 60, "bottom " + bottom);
        assertNull(ImageGrid.builder().row("", ImageCell.of(PixelImage.gray(image(4, 0)[0]))).build().layout()
                .colorStrip(), "no bar unless asked");
    }

    @Test
    void perturbationColoursFollowTheSign() {
        PixelImage p = Perturbation.diverging(new float[][][] {{{0.01f, 0f, -0.01f}}}, 0.01);
        assertEquals(ColorRamp.diverging(-0.01, 0.01).color(0.01).getRGB() & 0xFFFFFF, p.rgbAt(0, 0));
        assertEquals(0xFFFFFF, p.rgbAt(1, 0), "no change is white");
        Color darker = new Color(p.rgbAt(2, 0));
        assertTrue(darker.getBlue() > darker.getRed());
    }
}
