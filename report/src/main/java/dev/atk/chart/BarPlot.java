package dev.atk.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One bar per named category (e.g. a label's flip rate), optionally sorted by value. Long titles are split by the
 * caller into a title and a subtitle; both wrap within the chart's width rather than being cut off.
 */
public final class BarPlot {
    private BarPlot() {}

    public static Builder builder() {
        return new Builder();
    }

    private record Bar(String name, double value) {}

    /** A width of 0 (the default) grows with the number of bars. */
    public static final class Builder extends AxesBuilder<Builder> {
        private String subtitle = "";
        private String seriesName = "value";
        private boolean descending;
        private final List<Bar> bars = new ArrayList<>();

        private Builder() {
            super(0, 440);
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder subtitle(String value) {
            subtitle = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** What the bars measure, named in the legend. */
        public Builder seriesName(String value) {
            seriesName = value;
            return this;
        }

        /** Highest bar first, so the most attackable labels lead. */
        public Builder descending(boolean value) {
            descending = value;
            return this;
        }

        public Builder bar(String name, double value) {
            bars.add(new Bar(name, value));
            return this;
        }

        public PlotChart build() {
            List<Bar> ordered = new ArrayList<>(bars);
            if (descending) {
                // stable: equal values keep the caller's (label index) order
                ordered.sort(Comparator.comparingDouble(Bar::value).reversed());
            }
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (Bar b : ordered) {
                data.addValue(b.value, seriesName, b.name);
            }
            CategoryAxis x = new CategoryAxis(xLabel);
            // many or long names would overlap horizontally; slanted they keep their full text
            int longest = ordered.stream().mapToInt(b -> b.name.length()).max().orElse(0);
            if (ordered.size() > 8 || longest * ordered.size() > 80) {
                x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
            x.setMaximumCategoryLabelWidthRatio(2f);
            NumberAxis y = new NumberAxis(yLabel);
            y.setRangeType(RangeType.POSITIVE);
            y.setAutoRangeIncludesZero(true);
            BarRenderer renderer = new BarRenderer();
            renderer.setSeriesPaint(0, ChartStyle.color(0));
            renderer.setItemMargin(0);
            CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
            plot.setOrientation(PlotOrientation.VERTICAL);
            JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
            if (!subtitle.isEmpty()) {
                chart.addSubtitle(0, new TextTitle(subtitle));
            }
            int w = width > 0 ? width : Math.max(560, Math.min(1400, 120 + 34 * ordered.size()));
            return new PlotChart(chart, w, height);
        }
    }
}
