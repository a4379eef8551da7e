package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramTest {
    @TempDir
    Path dir;

    static Histogram confidence() {
        return Histogram.builder().title("Confidence").xLabel("p").binEdges(0, 0.25, 0.5, 0.75, 1)
                .series("clean", 4, 1, 2, 13).series("adversarial", 10, 4, 3, 3)
                .scale(HistogramScale.FRACTION).build();
    }

    @Test
    void rendersBothSeriesSideBySide() throws IOException {
        BufferedImage image = Pixels.read(confidence().render(dir.resolve("hist.png")));
        Pixels.assertSize(image, 1600, 1000);
        Pixels.assertNotBlank(image);
        assertTrue(Pixels.count(image, Palette.colour(0)) > 2000);
        assertTrue(Pixels.count(image, Palette.colour(1)) > 2000);
    }

    @Test
    void fractionsDivideByTheSeriesTotal() {
        Histogram chart = confidence();
        assertEquals(0.65, chart.barHeight(0, 3), 1e-12);
        assertEquals(0.5, chart.barHeight(1, 0), 1e-12);
        Histogram counts = Histogram.builder().binEdges(0, 1, 2).series("s", 3, 7).build();
        assertEquals(7, counts.barHeight(0, 1));
    }

    @Test
    void tallerBinDrawsATallerBar() {
        Histogram chart = Histogram.builder().binEdges(0, 1, 2).series("s", 1, 10).size(400, 300).build();
        BufferedImage image = chart.toImage();
        int w = image.getWidth();
        int left = Pixels.count(image, Palette.colour(0), 0, 0, w / 2, image.getHeight());
        int right = Pixels.count(image, Palette.colour(0), w / 2, 0, w, image.getHeight());
        assertTrue(right > 5 * left, "bin 2 holds 10x bin 1: " + left + " vs " + right);
    }

    @Test
    void emptyHistogramRenders() {
        Histogram chart = Histogram.builder().binEdges(0, 1).build();
        Pixels.assertNotBlank(chart.toImage());
        Histogram zeros = Histogram.builder().binEdges(0, 1, 2).series("z", 0, 0).scale(HistogramScale.FRACTION).build();
        Pixels.assertNotBlank(zeros.toImage());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.builder().build());
        assertThrows(IllegalArgumentException.class, () -> Histogram.builder().binEdges(0).build());
        assertThrows(IllegalArgumentException.class, () -> Histogram.builder().binEdges(0, 1, 1).build());
        assertThrows(IllegalArgumentException.class, () -> Histogram.builder().binEdges(0, Double.NaN).build());
        assertThrows(IllegalArgumentException.class,
                () -> Histogram.builder().binEdges(0, 1, 2).series("s", 1, 2, 3).build());
        assertThrows(IllegalArgumentException.class, () -> new HistogramSeries("neg", new double[] {-1}));
    }
}
