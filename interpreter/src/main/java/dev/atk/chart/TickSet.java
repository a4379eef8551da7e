package dev.atk.chart;

import java.util.List;

/** The ticks of one axis together with the axis range they were chosen for ({@code lower <= upper}). */
public record TickSet(double lower, double upper, List<Tick> ticks) {
    public TickSet {
        if (!(lower <= upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("axis range must be finite with lower <= upper, got [" + lower + ", " + upper + "]");
        }
        ticks = List.copyOf(ticks);
    }

    public List<String> labels() {
        return ticks.stream().map(Tick::label).toList();
    }

    public double[] values() {
        return ticks.stream().mapToDouble(Tick::value).toArray();
    }
}
