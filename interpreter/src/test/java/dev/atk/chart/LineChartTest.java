package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineChartTest {
    @TempDir
    Path dir;

    static final double[] BUDGETS = {0.0125, 0.025, 0.05, 0.1, 0.2};
    static final String[] BUDGET_LABELS = {"0.0125", "0.025", "0.05", "0.1", "0.2"};

    static LineChart flipsChart() {
        return LineChart.builder().title("Flips vs budget").xLabel("budget").yLabel("flips")
                .logX(true).xTicks(BUDGETS, BUDGET_LABELS).referenceLine(0.1, "eps_max")
                .series(Series.of("bce()", SeriesStyle.LINE_AND_MARKERS, BUDGETS, new double[] {1, 2, 3.5, 5, 6},
                        new double[] {0.3, 0.4, 0.5, 0.6, 0.7}))
                .series(Series.of("slam(q=0.5)", SeriesStyle.LINE_AND_MARKERS, BUDGETS, new double[] {2, 4, 6.5, 9, 11},
                        new double[] {0.5, 0.5, 0.8, 0.9, 1.0}))
                .build();
    }

    @Test
    void rendersAtTwiceTheLogicalSize() throws IOException {
        Path file = flipsChart().render(dir.resolve("flips.png"));
        BufferedImage image = Pixels.read(file);
        Pixels.assertSize(image, 1600, 1000);
        Pixels.assertNotBlank(image);
    }

    @Test
    void customScaleAndSize() {
        LineChart chart = LineChart.builder().size(400, 300)
                .series(Series.of("a", SeriesStyle.LINE, new double[] {0, 1}, new double[] {0, 1})).build();
        BufferedImage image = chart.toImage(3);
        Pixels.assertSize(image, 1200, 900);
    }

    @Test
    void seriesColoursAppearInsideThePlot() {
        BufferedImage image = flipsChart().toImage();
        // the plot is the middle of the image; margins hold only text and axes in neutral greys
        int w = image.getWidth();
        int h = image.getHeight();
        assertTrue(Pixels.count(image, Palette.colour(0), w / 5, h / 5, w * 19 / 20, h * 9 / 10) > 200,
                "first series colour missing from the plot");
        assertTrue(Pixels.count(image, Palette.colour(1), w / 5, h / 10, w * 19 / 20, h * 9 / 10) > 200,
                "second series colour missing from the plot");
    }

    @Test
    void explicitColourOverridesThePalette() {
        Rgb magenta = new Rgb(255, 0, 255);
        LineChart chart = LineChart.builder()
                .series(Series.of("x", SeriesStyle.LINE, new double[] {0, 1, 2}, new double[] {0, 2, 1}).withColour(magenta))
                .build();
        BufferedImage image = chart.toImage();
        assertTrue(Pixels.count(image, magenta) > 200);
        assertEquals(0, Pixels.count(image, Palette.colour(0)));
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Path first = flipsChart().render(dir.resolve("a.png"));
        Path second = flipsChart().render(dir.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void emptyChartStillRendersAxes() {
        LineChart chart = LineChart.builder().title("nothing yet").xLabel("x").yLabel("y")
                .series(Series.of("empty", SeriesStyle.LINE, new double[0], new double[0])).build();
        BufferedImage image = chart.toImage();
        Pixels.assertSize(image, 1600, 1000);
        Pixels.assertNotBlank(image);
        assertTrue(Pixels.count(image, Theme.AXIS) > 1000, "the axis frame should be drawn");
    }

    @Test
    void chartWithoutAnySeriesRenders() {
        Pixels.assertNotBlank(LineChart.builder().title("bare").build().toImage());
    }

    @Test
    void nanPointsAreSkippedAndEmptySeriesIgnored() {
        LineChart chart = LineChart.builder()
                .series(Series.of("gappy", SeriesStyle.LINE_AND_MARKERS, new double[] {0, 1, 2, 3},
                        new double[] {1, Double.NaN, 3, 2}))
                .series(Series.of("all NaN", SeriesStyle.LINE, new double[] {Double.NaN}, new double[] {Double.NaN}))
                .build();
        BufferedImage image = chart.toImage();
        assertTrue(Pixels.count(image, Palette.colour(0)) > 100);
        assertEquals(0, Pixels.count(image, Palette.colour(1)), "a series with no drawable point draws nothing");
    }

    @Test
    void fixedYRangeClipsData() {
        LineChart chart = LineChart.builder().yRange(0, 1)
                .series(Series.of("tall", SeriesStyle.LINE, new double[] {0, 1}, new double[] {0, 100})).build();
        BufferedImage image = chart.toImage();
        // the line leaves the plot almost at once; the top title margin must stay clean of it
        assertEquals(0, Pixels.count(image, Palette.colour(0), 0, 0, image.getWidth(), 30));
    }

    @Test
    void dashedAndMarkerOnlySeriesRender() {
        LineChart chart = LineChart.builder()
                .series(Series.of("dashed", SeriesStyle.DASHED, new double[] {0, 1}, new double[] {0, 1}))
                .series(Series.of("markers", SeriesStyle.MARKERS, new double[] {0, 1}, new double[] {1, 0}))
                .build();
        BufferedImage image = chart.toImage();
        assertTrue(Pixels.count(image, Palette.colour(0)) > 100);
        assertTrue(Pixels.count(image, Palette.colour(1)) > 50);
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Series.of("bad", SeriesStyle.LINE, new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> Series.of("bad", SeriesStyle.LINE, new double[] {1, 2}, new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> DataPoint.of(1, 1, -0.5));
        assertThrows(IllegalArgumentException.class, () -> LineChart.builder().size(-10, 300));
        assertThrows(IllegalArgumentException.class, () -> LineChart.builder().size(800, 0));
        assertThrows(IllegalArgumentException.class, () -> LineChart.builder().yRange(1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LineChart.builder().xTicks(new double[] {1, 2}, new String[] {"1"}));
        assertThrows(IllegalArgumentException.class, () -> LineChart.builder().logX(true)
                .series(Series.of("zero", SeriesStyle.LINE, new double[] {0, 1}, new double[] {1, 2})).build());
        assertThrows(IllegalArgumentException.class, () -> LineChart.builder().logX(true)
                .xTicks(List.of(new Tick(0, "0"))).build());
        assertThrows(IllegalArgumentException.class, () -> new ReferenceLine(Double.NaN, "x"));
        assertThrows(IllegalArgumentException.class, () -> flipsChart().toImage(0));
    }
}
