package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws a {@link Heatmap} from its {@link HeatmapLayout}. */
final class HeatmapPainter {
    private final Heatmap map;

    HeatmapPainter(Heatmap map) {
        this.map = map;
    }

    void paint(Graphics2D g, Box area) {
        HeatmapLayout layout = HeatmapLayout.compute(g, map, area);
        Box grid = layout.grid();
        if (!map.title().isEmpty()) {
            CartesianPainter.paintTitle(g, area, grid.width() > 0 ? grid.centerX() : area.centerX(), map.title());
        }
        if (map.rows() == 0 || map.columns() == 0 || layout.cell() <= 0) {
            CartesianPainter.paintNoData(g, area);
            return;
        }
        ColorScale scale = map.colorScale();
        paintCells(g, layout, scale);
        g.setColor(Theme.AXIS.awt());
        g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
        g.draw(grid.rect());
        if (map.valueDecimals() >= 0) {
            CellValues.paint(g, map, layout, scale);
        }
        paintRowLabels(g, layout);
        paintColumnLabels(g, layout);
        ColorBar.paint(g, layout.colorBar(), map.colormap(), scale, layout.colorTicks(), map.colorBarLabel());
    }

    private void paintCells(Graphics2D g, HeatmapLayout layout, ColorScale scale) {
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // without antialiasing, cells that share an edge tile exactly: no faint seams between equal colours
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Box grid = layout.grid();
        double cell = layout.cell();
        for (int r = 0; r < map.rows(); r++) {
            double top = grid.y() + r * cell;
            for (int c = 0; c < map.columns(); c++) {
                double left = grid.x() + c * cell;
                double v = map.value(r, c);
                Rgb colour = Double.isFinite(v) ? map.colormap().at(scale.position(v)) : Theme.MISSING_CELL;
                g.setColor(colour.awt());
                g.fill(new Rectangle2D.Double(left, top, grid.x() + (c + 1) * cell - left, grid.y() + (r + 1) * cell - top));
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    private void paintRowLabels(Graphics2D g, HeatmapLayout layout) {
        List<String> labels = map.rowLabels();
        if (labels.isEmpty()) {
            return;
        }
        Box grid = layout.grid();
        for (int r = 0; r < labels.size(); r += layout.rowStride()) {
            double y = grid.y() + (r + 0.5) * layout.cell();
            g.setColor(Theme.AXIS.awt());
            g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
            g.draw(new Line2D.Double(grid.x() - Theme.TICK_LENGTH, y, grid.x(), y));
            g.setColor(Theme.TEXT.awt());
            Text.draw(g, layout.labelFont(), labels.get(r), grid.x() - Theme.TICK_LENGTH - Theme.TICK_GAP, y,
                    Text.Horizontal.RIGHT, Text.Vertical.MIDDLE);
        }
    }

    private void paintColumnLabels(Graphics2D g, HeatmapLayout layout) {
        List<String> labels = map.columnLabels();
        if (labels.isEmpty()) {
            return;
        }
        Box grid = layout.grid();
        double[] positions = layout.columnPositions();
        g.setColor(Theme.AXIS.awt());
        g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
        for (int c = 0; c < positions.length; c++) {
            if (layout.columnPlan().shown()[c]) {
                g.draw(new Line2D.Double(positions[c], grid.bottom(), positions[c], grid.bottom() + Theme.TICK_LENGTH));
            }
        }
        g.setColor(Theme.TEXT.awt());
        layout.columnPlan().paint(g, layout.labelFont(), positions, labels,
                grid.bottom() + CartesianLayout.tickLabelOffset());
    }
}
