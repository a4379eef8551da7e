package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The axis and legend model of line charts: what JFreeChart will draw, checked without reading pixels. */
class LinePlotTest {
    /** A count against a whole-number argument whose error bars reach below zero. */
    private static PlotChart countSweep(boolean integerX, boolean fromZero) {
        return LinePlot.builder().title("flips vs n").xLabel("n").yLabel("flips")
                .series("ε = 0.01", SeriesStyle.LINE_AND_MARKERS, new double[] {0, 1, 2, 3}, new double[] {0.2, 0.5, 1, 1.5},
                        new double[] {0.6, 0.7, 0.8, 0.9})
                .integerX(integerX).yFromZero(fromZero).build();
    }

    /** Lays the chart out at its size (ticks and auto ranges are computed while drawing) and returns its plot. */
    private static XYPlot drawn(PlotChart chart) {
        Graphics2D g = new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g.dispose();
        }
        return chart.jfree().getXYPlot();
    }

    private static List<String> tickLabels(XYPlot plot, PlotChart chart) {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(60, 20, chart.width() - 80, chart.height() - 80);
            @SuppressWarnings("unchecked")
            List<ValueTick> ticks = plot.getDomainAxis().refreshTicks(g, new AxisState(), area, RectangleEdge.BOTTOM);
            return ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR).map(ValueTick::getText).toList();
        } finally {
            g.dispose();
        }
    }

    @Test
    void anIntegerAxisHasOnlyWholeNumberTicks() {
        PlotChart chart = countSweep(true, true);
        XYPlot plot = drawn(chart);
        NumberAxis x = assertInstanceOf(NumberAxis.class, plot.getDomainAxis());
        double unit = x.getTickUnit().getSize();
        assertEquals(Math.rint(unit), unit, "tick unit " + unit);
        List<String> labels = tickLabels(plot, chart);
        assertTrue(labels.size() >= 3, labels.toString());
        for (String label : labels) {
            assertTrue(label.matches("-?\\d+"), "not a whole number: " + label + " in " + labels);
        }
    }

    @Test
    void withoutTheIntegerFlagTheLibraryWouldPickFractionalTicks() {
        // guards the test above: it must be the flag that makes the ticks whole
        List<String> labels = tickLabels(drawn(countSweep(false, true)), countSweep(false, true));
        assertTrue(labels.stream().anyMatch(l -> l.contains(".")), labels.toString());
    }

    @Test
    void aCountAxisStartsAtZeroEvenWhenErrorBarsReachBelow() {
        assertEquals(0.0, drawn(countSweep(true, true)).getRangeAxis().getLowerBound());
        assertTrue(drawn(countSweep(true, false)).getRangeAxis().getLowerBound() < 0, "control: error bars go below 0");
    }

    @Test
    void aSingleSeriesStillHasALegend() {
        PlotChart chart = countSweep(true, true);
        assertNotNull(chart.jfree().getLegend());
        assertTrue(chart.jfree().getLegend().isVisible());
        assertEquals(1, chart.jfree().getXYPlot().getLegendItems().getItemCount());
        assertEquals("ε = 0.01", chart.jfree().getXYPlot().getLegendItems().get(0).getLabel());
    }

    @Test
    void aLogBudgetAxisIsTickedAtTheBudgets() {
        double[] budgets = {0.0125, 0.025, 0.05, 0.1};
        PlotChart chart = LinePlot.builder().xLabel("budget ε").logX(budgets)
                .series("bce()", SeriesStyle.LINE_AND_MARKERS, budgets, new double[] {1, 2, 3, 4}, null).build();
        assertEquals(List.of("0.0125", "0.025", "0.05", "0.1"), tickLabels(drawn(chart), chart));
    }
}
