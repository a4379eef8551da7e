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

class FigureTest {
    @TempDir
    Path dir;

    static Figure twoHeatmaps() {
        Heatmap model = Heatmap.builder().title("model").values(HeatmapTest.ramp(12)).labels(HeatmapTest.labels(12))
                .diverging(0).size(500, 460).build();
        Heatmap data = Heatmap.builder().title("data").values(HeatmapTest.ramp(12)).labels(HeatmapTest.labels(12))
                .size(500, 460).build();
        return Figure.builder().title("Correlations").columns(2).panelLetters(true).add(model).add(data).build();
    }

    @Test
    void panelsSitSideBySide() throws IOException {
        Figure figure = twoHeatmaps();
        assertEquals(500 + 500 + (int) Figure.GAP + 2 * (int) Theme.PAD, figure.width());
        assertTrue(figure.height() > 460 && figure.height() < 460 + 80, "height " + figure.height());
        BufferedImage image = Pixels.read(figure.render(dir.resolve("figure.png")));
        Pixels.assertSize(image, figure.width() * 2, figure.height() * 2);
        int w = image.getWidth();
        // the diverging map's ends appear only in the left half, viridis's only in the right
        assertTrue(Pixels.count(image, Colormap.blueWhiteRed().last(), 0, 0, w / 2, image.getHeight()) > 100);
        assertTrue(Pixels.count(image, Colormap.viridis().last(), w / 2, 0, w, image.getHeight()) > 100);
        assertEquals(0, Pixels.count(image, Colormap.viridis().last(), 0, 0, w / 2, image.getHeight()));
    }

    @Test
    void gridWrapsIntoRows() {
        Figure figure = Figure.builder().columns(2)
                .add(BarChartTest.attackability(), HistogramTest.confidence(), LineChartTest.flipsChart()).build();
        assertEquals(800 + 800 + (int) Figure.GAP + 2 * (int) Theme.PAD, figure.width());
        assertEquals(500 + 500 + (int) Figure.GAP + 2 * (int) Theme.PAD, figure.height());
        Pixels.assertNotBlank(figure.toImage(1));
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Path a = twoHeatmaps().render(dir.resolve("a.png"));
        Path b = twoHeatmaps().render(dir.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void emptyFigureRenders() {
        Pixels.assertNotBlank(Figure.builder().title("nothing to show").build().toImage());
    }

    @Test
    void panelLettersCountLikeColumns() {
        assertEquals("a", Figure.letter(0));
        assertEquals("z", Figure.letter(25));
        assertEquals("aa", Figure.letter(26));
        assertEquals("ab", Figure.letter(27));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Figure.builder().columns(0));
        assertThrows(NullPointerException.class, () -> Figure.builder().add((Chart) null));
    }
}
