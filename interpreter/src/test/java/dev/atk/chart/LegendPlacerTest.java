package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegendPlacerTest {
    private static final Box PLOT = new Box(0, 0, 400, 300);

    @Test
    void prefersTheTopRightCornerWhenFree() {
        Optional<double[]> corner = LegendPlacer.inside(PLOT, 100, 50, new Obstacles());
        assertArrayEquals(new double[] {400 - 8 - 100, 8}, corner.orElseThrow());
    }

    @Test
    void avoidsCornersWithData() {
        Obstacles data = new Obstacles();
        data.addSegment(0, 300, 400, 0, 1);
        Optional<double[]> corner = LegendPlacer.inside(PLOT, 100, 50, data);
        // the rising diagonal crosses bottom-left and top-right; the top-left corner is free
        assertArrayEquals(new double[] {8, 8}, corner.orElseThrow());
    }

    @Test
    void givesUpWhenEverySpotIsCovered() {
        Obstacles data = new Obstacles();
        for (int y = 0; y <= 300; y += 20) {
            data.addSegment(0, y, 400, y, 1);
        }
        assertTrue(LegendPlacer.inside(PLOT, 100, 50, data).isEmpty());
    }

    @Test
    void givesUpWhenTheLegendIsBiggerThanThePlot() {
        assertTrue(LegendPlacer.inside(PLOT, 500, 50, new Obstacles()).isEmpty());
    }

    @Test
    void crowdedChartPutsTheLegendOutsideTheFrame() {
        LineChart.Builder builder = LineChart.builder().size(600, 400);
        for (int s = 0; s < 6; s++) {
            double[] xs = new double[21];
            double[] ys = new double[21];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i;
                ys[i] = 5 + 4 * Math.sin(i * 0.5 + s);
            }
            builder.series(Series.of("series " + s, SeriesStyle.LINE, xs, ys));
        }
        LineChartPainter.Placement placement = place(builder.build());
        Box plot = placement.layout().plot();
        assertTrue(placement.legendCorner()[0] > plot.right(), "legend should be right of the plot");
        Graphics2D g = Canvas.measuring(2);
        try {
            double legendRight = placement.legendCorner()[0] + placement.legend().width(g);
            assertTrue(legendRight <= 600 - Theme.PAD + 0.5, "legend sticks out of the chart: " + legendRight);
        } finally {
            g.dispose();
        }
    }

    @Test
    void sparseChartKeepsTheLegendInsideAwayFromData() {
        LineChart chart = LineChartTest.flipsChart();
        LineChartPainter.Placement placement = place(chart);
        Box plot = placement.layout().plot();
        double[] corner = placement.legendCorner();
        assertTrue(plot.contains(corner[0], corner[1]), "legend should sit inside the plot");
        // both curves rise to the right, so the free corner is the top-left one
        assertTrue(corner[0] < plot.centerX() && corner[1] < plot.centerY(), "expected the top-left corner");
    }

    @Test
    void singleSeriesHasNoLegend() {
        LineChart chart = LineChart.builder()
                .series(Series.of("only", SeriesStyle.LINE, new double[] {0, 1}, new double[] {0, 1})).build();
        assertNull(place(chart).legendCorner());
    }

    private static LineChartPainter.Placement place(LineChart chart) {
        Graphics2D g = Canvas.measuring(2);
        try {
            return new LineChartPainter(chart).place(g, new Box(0, 0, chart.width(), chart.height()));
        } finally {
            g.dispose();
        }
    }
}
