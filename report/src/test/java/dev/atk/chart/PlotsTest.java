package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.RangeType;
import org.junit.jupiter.api.Test;

/** Bars, histograms, heatmaps and figures: the choices this package makes on top of the library. */
class PlotsTest {
    @Test
    void barsAreSortedHighestFirstFromZeroWithTheDetailsInASubtitle() {
        PlotChart chart = BarPlot.builder().title("Attackability").subtitle("r = 0.5").descending(true)
                .bar("a", 0.2).bar("b", 0.9).bar("c", 0.5).build();
        CategoryPlot plot = chart.jfree().getCategoryPlot();
        assertEquals(List.of("b", "c", "a"), plot.getDataset().getColumnKeys());
        assertEquals(RangeType.POSITIVE, ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).getRangeType());
        assertTrue(chart.jfree().getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt
                && tt.getText().equals("r = 0.5")));
    }

    @Test
    void histogramsShowFractionsOfEachSeries() {
        PlotChart chart = HistogramPlot.builder().binEdges(new double[] {0, 0.5, 1}).fractions(true)
                .series("clean", new double[] {3, 1}).build();
        var data = chart.jfree().getXYPlot().getDataset();
        assertEquals(0.75, data.getYValue(0, 0), 1e-12);
        assertEquals(0.25, data.getYValue(0, 1), 1e-12);
        assertEquals(1, chart.jfree().getXYPlot().getLegendItems().getItemCount());
    }

    @Test
    void heatmapsHaveAColourBar() {
        PlotChart chart = HeatmapPlot.builder().values(new double[][] {{1, -1}, {0, 1}}).labels(List.of("x", "y"))
                .ramp(ColorRamp.diverging(-1, 1)).colorBarLabel("Δ").build();
        assertTrue(chart.jfree().getSubtitles().stream().anyMatch(t -> t instanceof PaintScaleLegend));
    }

    @Test
    void aFigureIsItsPanelsSideBySideAndWrapsALongTitle() {
        Chart panel = HistogramPlot.builder().binEdges(new double[] {0, 1}).series("s", new double[] {1}).size(300, 200)
                .build();
        Figure two = Figure.builder().columns(2).add(panel, panel).build();
        Figure titled = Figure.builder().columns(2).add(panel, panel)
                .title("a title much longer than the two panels are wide together, so it has to go on more lines "
                        + "than one, and then some more words to be sure of that")
                .build();
        assertTrue(two.width() >= 600 && two.width() < 660, "width " + two.width());
        assertTrue(titled.height() > two.height() + 2 * TextWrap.metrics(ChartStyle.TITLE).getHeight(),
                "the title takes several lines: " + titled.height() + " vs " + two.height());
        assertEquals("aa", Figure.letter(26));
    }
}
