package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Vertical bars per category, e.g. attackability of each of 40 labels. Long category labels are turned 45° or 90°
 * (and thinned if even that does not fit); bars may carry error bars and colour groups.
 *
 * <pre>{@code
 * BarChart.builder().title("Per-label attackability").yLabel("flip rate")
 *     .bar("Smiling", 0.62, 0.04).bar("Male", 0.18, 0.02).sort(SortOrder.DESCENDING)
 *     .build().render(Path.of("attackability.png"));
 * }</pre>
 */
public final class BarChart implements Chart {
    private final AxisTexts texts;
    private final List<Bar> bars;
    private final int width;
    private final int height;

    private BarChart(Builder b) {
        texts = new AxisTexts(b.title, b.xLabel, b.yLabel);
        bars = sorted(b.bars, b.order);
        width = b.width;
        height = b.height;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The bars in drawing order (after sorting). */
    public List<Bar> bars() {
        return bars;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g, Box area) {
        BarChartPainter.painter(this, area).paint(g, area);
    }

    AxisTexts texts() {
        return texts;
    }

    private static List<Bar> sorted(List<Bar> bars, SortOrder order) {
        if (order == SortOrder.NONE) {
            return List.copyOf(bars);
        }
        Comparator<Bar> byValue = Comparator.comparingDouble(Bar::value);
        Comparator<Bar> directed = order == SortOrder.DESCENDING ? byValue.reversed() : byValue;
        // NaN last whatever the direction; the sort is stable, so ties keep the caller's order
        Comparator<Bar> nanLast = Comparator.comparing((Bar b) -> Double.isNaN(b.value()));
        List<Bar> copy = new ArrayList<>(bars);
        copy.sort(nanLast.thenComparing((a, b) -> Double.isNaN(a.value()) ? 0 : directed.compare(a, b)));
        return List.copyOf(copy);
    }

    public static final class Builder {
        private String title = "";
        private String xLabel = "";
        private String yLabel = "";
        private final List<Bar> bars = new ArrayList<>();
        private SortOrder order = SortOrder.NONE;
        private int width = 800;
        private int height = 500;

        private Builder() {}

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder xLabel(String value) {
            xLabel = value;
            return this;
        }

        public Builder yLabel(String value) {
            yLabel = value;
            return this;
        }

        public Builder bar(String label, double value) {
            return bar(Bar.of(label, value));
        }

        public Builder bar(String label, double value, double error) {
            return bar(Bar.of(label, value, error));
        }

        public Builder bar(String label, double value, double error, String group) {
            return bar(new Bar(label, value, error, group));
        }

        public Builder bar(Bar value) {
            bars.add(Objects.requireNonNull(value, "bar"));
            return this;
        }

        public Builder bars(List<Bar> values) {
            values.forEach(this::bar);
            return this;
        }

        /** Bars from parallel arrays; {@code errors} may be null. */
        public Builder bars(List<String> labels, double[] values, double[] errors) {
            if (labels.size() != values.length || (errors != null && errors.length != values.length)) {
                throw new IllegalArgumentException("bar chart: " + labels.size() + " labels, " + values.length
                        + " values" + (errors == null ? "" : ", " + errors.length + " errors") + " must match");
            }
            for (int i = 0; i < values.length; i++) {
                bar(labels.get(i), values[i], errors == null ? Double.NaN : errors[i]);
            }
            return this;
        }

        public Builder sort(SortOrder value) {
            order = Objects.requireNonNull(value, "sort order");
            return this;
        }

        public Builder size(int newWidth, int newHeight) {
            ChartSizes.check(newWidth, newHeight);
            width = newWidth;
            height = newHeight;
            return this;
        }

        public BarChart build() {
            return new BarChart(this);
        }
    }
}
