package dev.atk.chart;

import java.util.List;

/**
 * The axis ranges and ticks of a {@link LineChart}, from its data. X gets a little padding so end markers are not
 * cut by the frame; y is padded a little, stretched to a nearby tick ({@link Ticks#snapped}) and, by default,
 * made to include 0. With no data at all both axes fall back to a unit range so the empty chart still has
 * sensible axes.
 */
record LineChartRanges(TickSet x, TickSet y, boolean hasData) {
    /** Fraction of the data span added on each side of x. */
    private static final double X_PADDING = 0.04;
    /** Fraction of the data span added above (and below, unless anchored at 0) the y data. */
    private static final double Y_PADDING = 0.05;

    static LineChartRanges of(LineChart chart, int xTarget, int yTarget) {
        double[] xData = xExtent(chart);
        double[] yData = yExtent(chart.series());
        boolean hasData = !Double.isNaN(yData[0]);
        return new LineChartRanges(xTicks(chart, xData), yTicks(chart, yData, yTarget), hasData);
    }

    private static TickSet xTicks(LineChart chart, double[] data) {
        if (Double.isNaN(data[0])) {
            return chart.logX() ? Ticks.log(1, 10) : Ticks.linear(0, 1, 5);
        }
        double low = data[0];
        double high = data[1];
        if (chart.logX()) {
            if (low == high) {
                low /= 2;
                high *= 2;
            }
            double pad = Math.pow(high / low, X_PADDING);
            return chosenOr(chart, Ticks.log(low / pad, high * pad));
        }
        if (low == high) {
            double half = low == 0 ? 1 : Math.abs(low) * 0.2;
            low -= half;
            high += half;
        }
        double pad = (high - low) * X_PADDING;
        return chosenOr(chart, Ticks.linearWithin(low - pad, high + pad, 7));
    }

    /** The caller's ticks over the automatic range, or the automatic ticks when the caller gave none. */
    private static TickSet chosenOr(LineChart chart, TickSet automatic) {
        List<Tick> chosen = chart.xTicks();
        if (chosen.isEmpty()) {
            return automatic;
        }
        return new TickSet(automatic.lower(), automatic.upper(), chosen);
    }

    private static TickSet yTicks(LineChart chart, double[] data, int target) {
        if (chart.hasFixedYRange()) {
            return Ticks.linearWithin(chart.yMin(), chart.yMax(), target);
        }
        if (Double.isNaN(data[0])) {
            return Ticks.linear(0, 1, 5);
        }
        double low = data[0];
        double high = data[1];
        boolean anchoredLow = false;
        boolean anchoredHigh = false;
        if (chart.yIncludesZero() && low >= 0) {
            low = 0;
            anchoredLow = true;
        } else if (chart.yIncludesZero() && high <= 0) {
            high = 0;
            anchoredHigh = true;
        }
        if (low == high) {
            high = low + (low == 0 ? 1 : Math.abs(low) * 0.2);
            if (!anchoredLow) {
                low -= high - low;
            }
        }
        double pad = (high - low) * Y_PADDING;
        return Ticks.snapped(anchoredLow ? low : low - pad, anchoredHigh ? high : high + pad, target);
    }

    /** Smallest and largest x over points, explicit ticks and reference lines; NaNs when there are none. */
    private static double[] xExtent(LineChart chart) {
        double[] extent = {Double.NaN, Double.NaN};
        for (Series s : chart.series()) {
            for (DataPoint p : s.points()) {
                if (p.isDrawable()) {
                    include(extent, p.x());
                }
            }
        }
        chart.xTicks().forEach(t -> include(extent, t.value()));
        chart.referenceLines().forEach(r -> include(extent, r.x()));
        return extent;
    }

    /** Smallest and largest y including error bars; NaNs when no point is drawable. */
    private static double[] yExtent(List<Series> series) {
        double[] extent = {Double.NaN, Double.NaN};
        for (Series s : series) {
            for (DataPoint p : s.points()) {
                if (!p.isDrawable()) {
                    continue;
                }
                double error = p.hasError() ? p.error() : 0;
                include(extent, p.y() - error);
                include(extent, p.y() + error);
            }
        }
        return extent;
    }

    private static void include(double[] extent, double value) {
        extent[0] = Double.isNaN(extent[0]) ? value : Math.min(extent[0], value);
        extent[1] = Double.isNaN(extent[1]) ? value : Math.max(extent[1], value);
    }
}
