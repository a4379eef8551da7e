package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/**
 * Draws one {@link Series} in two passes (lines and error bars, then markers, so markers stay on top) and reports
 * the same geometry as obstacles for legend placement. A point that cannot be drawn breaks the line.
 */
final class SeriesPainter {
    private final Series series;
    private final Rgb colour;
    private final MarkerShape marker;
    private final AxisScale x;
    private final AxisScale y;

    SeriesPainter(Series series, int index, AxisScale x, AxisScale y) {
        this.series = series;
        this.colour = series.colourOr(index);
        this.marker = series.markerOr(index);
        this.x = x;
        this.y = y;
    }

    /** The legend row of the {@code index}-th series: same colour, marker and line style as its drawing. */
    static LegendEntry legendEntry(Series series, int index) {
        return new LegendEntry(series.name(), series.colourOr(index), LegendSwatch.of(series.style()),
                series.markerOr(index));
    }

    /** Lines and error bars; the caller clips them to the plot frame. */
    void paintLinesAndErrors(Graphics2D g) {
        if (series.style().hasLine()) {
            g.setColor(colour.awt());
            boolean dashed = series.style() == SeriesStyle.DASHED;
            g.setStroke(dashed ? Strokes.dashed(Theme.LINE_WIDTH) : Strokes.line(Theme.LINE_WIDTH));
            g.draw(path());
        }
        paintErrorBars(g);
    }

    /** Markers, drawn after every series' lines so no line crosses over a marker. */
    void paintMarkers(Graphics2D g) {
        if (!series.style().hasMarkers()) {
            return;
        }
        for (DataPoint p : series.points()) {
            if (p.isDrawable()) {
                Markers.paint(g, marker, colour, x.toPixel(p.x()), y.toPixel(p.y()));
            }
        }
    }

    void collect(Obstacles obstacles) {
        double[] previous = null;
        for (DataPoint p : series.points()) {
            if (!p.isDrawable()) {
                previous = null;
                continue;
            }
            double px = x.toPixel(p.x());
            double py = y.toPixel(p.y());
            obstacles.addPoint(px, py, Theme.MARKER_SIZE / 2);
            if (p.hasError()) {
                double top = y.toPixel(p.y() + p.error());
                double bottom = y.toPixel(p.y() - p.error());
                obstacles.addRect(px - Theme.CAP_WIDTH / 2, Math.min(top, bottom), Theme.CAP_WIDTH, Math.abs(bottom - top));
            }
            if (previous != null && series.style().hasLine()) {
                obstacles.addSegment(previous[0], previous[1], px, py, Theme.LINE_WIDTH / 2);
            }
            previous = new double[] {px, py};
        }
    }

    private Path2D path() {
        Path2D.Double path = new Path2D.Double();
        boolean penDown = false;
        for (DataPoint p : series.points()) {
            if (!p.isDrawable()) {
                penDown = false;
                continue;
            }
            double px = x.toPixel(p.x());
            double py = y.toPixel(p.y());
            if (penDown) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                penDown = true;
            }
        }
        return path;
    }

    private void paintErrorBars(Graphics2D g) {
        for (DataPoint p : series.points()) {
            if (p.isDrawable() && p.hasError()) {
                ErrorBars.paint(g, colour, x.toPixel(p.x()), y.toPixel(p.y() + p.error()), y.toPixel(p.y() - p.error()));
            }
        }
    }
}
