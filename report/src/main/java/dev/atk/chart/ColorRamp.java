package dev.atk.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale interpolated linearly between evenly spaced stops, usable as JFreeChart's {@link PaintScale}
 * (heatmaps and their colour bars) and directly for pixels (perturbation images). Values outside the range
 * saturate; NaN maps to the middle, which on a diverging ramp is "no change".
 */
public final class ColorRamp implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private final double lower;
    private final double upper;
    private final Color[] stops;

    private ColorRamp(double lower, double upper, Color... stops) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("colour range must have upper > lower, got " + lower + ".." + upper);
        }
        this.lower = lower;
        this.upper = upper;
        this.stops = stops.clone();
    }

    /** Blue (negative), white (0 at the centre), red (positive): for signed values such as δ or Δ confidence. */
    public static ColorRamp diverging(double lower, double upper) {
        return new ColorRamp(lower, upper, new Color(0x2166AC), new Color(0x92C5DE), Color.WHITE,
                new Color(0xF4A582), new Color(0xB2182B));
    }

    /** Perceptually ordered dark blue to yellow (viridis' end points and midpoints): for values in one direction. */
    public static ColorRamp sequential(double lower, double upper) {
        return new ColorRamp(lower, upper, new Color(0x440154), new Color(0x3B528B), new Color(0x21918C),
                new Color(0x5EC962), new Color(0xFDE725));
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of {@code value}. */
    public Color color(double value) {
        double t = Double.isNaN(value) ? 0.5 : Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double position = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(position));
        double f = position - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
