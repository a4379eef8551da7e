package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChartTest {
    @TempDir
    Path dir;

    static BarChart attackability() {
        BarChart.Builder builder = BarChart.builder().title("Per-label attackability").yLabel("flip rate");
        for (int i = 0; i < 40; i++) {
            builder.bar("Attribute_Number_" + i, 0.05 + 0.9 * Math.abs(Math.sin(i * 1.7)), 0.03);
        }
        return builder.sort(SortOrder.DESCENDING).build();
    }

    @Test
    void rendersFortyLongLabels() throws IOException {
        BufferedImage image = Pixels.read(attackability().render(dir.resolve("bars.png")));
        Pixels.assertSize(image, 1600, 1000);
        Pixels.assertNotBlank(image);
        assertTrue(Pixels.count(image, Palette.colour(0)) > 5000, "bars should be drawn in the first palette colour");
    }

    @Test
    void sortingOrdersByValueWithNanLast() {
        BarChart chart = BarChart.builder().bar("a", 1).bar("b", Double.NaN).bar("c", 3).bar("d", 2)
                .sort(SortOrder.DESCENDING).build();
        assertEquals(List.of("c", "d", "a", "b"), chart.bars().stream().map(Bar::label).toList());
        BarChart ascending = BarChart.builder().bar("a", 1).bar("b", Double.NaN).bar("c", 3).bar("d", 2)
                .sort(SortOrder.ASCENDING).build();
        assertEquals(List.of("a", "d", "c", "b"), ascending.bars().stream().map(Bar::label).toList());
    }

    @Test
    void groupsGetTheirOwnColours() {
        BarChart chart = BarChart.builder().bar("a", 1, 0.1, "hair").bar("b", 2, 0.1, "face").bar("c", 3, 0.1, "hair")
                .build();
        BufferedImage image = chart.toImage();
        assertTrue(Pixels.count(image, Palette.colour(0)) > 1000);
        assertTrue(Pixels.count(image, Palette.colour(1)) > 1000);
    }

    @Test
    void negativeValuesGoBelowZero() {
        BarChart chart = BarChart.builder().bar("up", 1).bar("down", -1).size(400, 300).build();
        BufferedImage image = chart.toImage();
        int w = image.getWidth();
        int h = image.getHeight();
        int upper = Pixels.count(image, Palette.colour(0), 0, 0, w, h / 2);
        int lower = Pixels.count(image, Palette.colour(0), 0, h / 2, w, h);
        assertTrue(upper > 1000 && lower > 1000, "bars above and below the middle: " + upper + ", " + lower);
    }

    @Test
    void emptyAndAllNanChartsRender() {
        Pixels.assertNotBlank(BarChart.builder().title("none").build().toImage());
        BarChart nan = BarChart.builder().bar("a", Double.NaN).build();
        BufferedImage image = nan.toImage();
        assertEquals(0, Pixels.count(image, Palette.colour(0)));
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Path a = attackability().render(dir.resolve("a.png"));
        Path b = attackability().render(dir.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void invalidInputsAreRejected() {
        List<String> labels = new ArrayList<>(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> BarChart.builder().bars(labels, new double[] {1}, null));
        assertThrows(IllegalArgumentException.class,
                () -> BarChart.builder().bars(labels, new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Bar.of("a", 1, -1));
        assertThrows(IllegalArgumentException.class, () -> Bar.of("a", Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> BarChart.builder().size(0, 0));
    }
}
