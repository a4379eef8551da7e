package dev.atk.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named sequence of points on a {@link LineChart}, drawn in the given order. {@code colour} and {@code marker}
 * may be null, meaning "the palette's choice for this series' position"; set them to tie two series together
 * (e.g. measured points and the curve fitted to them in the same colour).
 */
public record Series(String name, List<DataPoint> points, SeriesStyle style, Rgb colour, MarkerShape marker) {
    public Series {
        name = Objects.requireNonNullElse(name, "");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        style = Objects.requireNonNullElse(style, SeriesStyle.LINE_AND_MARKERS);
    }

    public static Series of(String name, SeriesStyle style, List<DataPoint> points) {
        return new Series(name, points, style, null, null);
    }

    public static Series of(String name, SeriesStyle style, double[] xs, double[] ys) {
        return of(name, style, xs, ys, null);
    }

    /** Points from parallel arrays; {@code errors} may be null (no error bars) and may hold NaN for "none here". */
    public static Series of(String name, SeriesStyle style, double[] xs, double[] ys, double[] errors) {
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("series '" + name + "': " + xs.length + " x values but "
                    + ys.length + " y values");
        }
        if (errors != null && errors.length != xs.length) {
            throw new IllegalArgumentException("series '" + name + "': " + xs.length + " points but "
                    + errors.length + " error values");
        }
        List<DataPoint> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new DataPoint(xs[i], ys[i], errors == null ? Double.NaN : errors[i]));
        }
        return of(name, style, points);
    }

    public Series withColour(Rgb newColour) {
        return new Series(name, points, style, newColour, marker);
    }

    public Series withMarker(MarkerShape newMarker) {
        return new Series(name, points, style, colour, newMarker);
    }

    public Series withStyle(SeriesStyle newStyle) {
        return new Series(name, points, newStyle, colour, marker);
    }

    /** True when at least one point can be drawn; series without any are skipped (and left out of the legend). */
    public boolean hasDrawablePoints() {
        return points.stream().anyMatch(DataPoint::isDrawable);
    }

    Rgb colourOr(int index) {
        return colour != null ? colour : Palette.colour(index);
    }

    MarkerShape markerOr(int index) {
        return marker != null ? marker : MarkerShape.forIndex(index);
    }
}
