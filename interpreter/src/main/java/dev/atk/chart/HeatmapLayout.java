package dev.atk.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Where the parts of a {@link Heatmap} go: square cells as large as the area allows after room for the title, row
 * labels on the left, column labels below (turned when they do not fit) and the colour bar on the right. Like
 * {@link CartesianLayout}, the column-label height depends on the cell size and vice versa, so a few rounds run.
 */
record HeatmapLayout(Box grid, double cell, Font labelFont, int rowStride, double[] columnPositions,
                     TickLabelPlan columnPlan, Box colorBar, TickSet colorTicks) {
    static final double BAR_GAP = 16;
    static final double BAR_WIDTH = 14;
    /** More labels than this per side switch to the small tick font. */
    private static final int DENSE = 30;
    private static final int ROUNDS = 3;

    /** Cell (row, column) in logical units. */
    Box cell(int row, int column) {
        return new Box(grid.x() + column * cell, grid.y() + row * cell, cell, cell);
    }

    static HeatmapLayout compute(Graphics2D g, Heatmap map, Box area) {
        int rows = map.rows();
        int columns = map.columns();
        Font font = Math.max(rows, columns) > DENSE ? Theme.SMALL_TICK : Theme.TICK;
        double lineHeight = Text.lineHeight(g, font);
        ColorScale scale = map.colorScale();
        TickSet colorTicks = Ticks.linearWithin(scale.lower(), scale.upper(), 5);

        double top = area.y() + Theme.PAD + Math.max(CartesianLayout.titleBlock(g, map.title()),
                Text.lineHeight(g, Theme.TICK) / 2);
        double barLabelRoom = map.colorBarLabel().isEmpty() ? 0
                : Theme.LABEL_GAP + Text.lineHeight(g, Theme.AXIS_LABEL);
        double barStrip = BAR_GAP + BAR_WIDTH + Theme.TICK_LENGTH + Theme.TICK_GAP
                + Text.maxWidth(g, Theme.TICK, colorTicks.labels()) + barLabelRoom;
        double rowLabelRoom = map.rowLabels().isEmpty() ? 0
                : Text.maxWidth(g, font, map.rowLabels()) + Theme.TICK_LENGTH + Theme.TICK_GAP;
        boolean hasColumnLabels = !map.columnLabels().isEmpty();

        double left = area.x() + Theme.PAD + rowLabelRoom;
        double right = area.right() - Theme.PAD - barStrip;
        double blockHeight = hasColumnLabels ? lineHeight : 0;
        HeatmapLayout layout = null;
        for (int round = 0; round < ROUNDS; round++) {
            double bottom = area.bottom() - Theme.PAD
                    - (hasColumnLabels ? CartesianLayout.tickLabelOffset() + blockHeight : lineHeight / 2);
            double cell = cellSize(right - left, bottom - top, rows, columns);
            double gridLeft = left + (right - left - cell * columns) / 2;
            Box grid = new Box(gridLeft, top, cell * columns, cell * rows);
            double[] positions = new double[columns];
            for (int c = 0; c < columns; c++) {
                positions[c] = gridLeft + (c + 0.5) * cell;
            }
            TickLabelPlan plan = TickLabelPlan.plan(g, font, hasColumnLabels ? positions : new double[0],
                    hasColumnLabels ? map.columnLabels() : List.of());
            Box bar = new Box(grid.right() + BAR_GAP, grid.y(), BAR_WIDTH, grid.height());
            layout = new HeatmapLayout(grid, cell, font, rowStride(lineHeight, cell), positions, plan, bar, colorTicks);
            double overhang = area.x() + Theme.PAD - plan.minX();
            double needed = hasColumnLabels ? plan.blockHeight() : 0;
            if (Math.abs(needed - blockHeight) < 0.5 && !(overhang > 0.5)) {
                break;
            }
            blockHeight = Math.max(blockHeight, needed);
            if (overhang > 0.5) {
                left += overhang;
            }
        }
        return layout;
    }

    private static double cellSize(double width, double height, int rows, int columns) {
        if (rows == 0 || columns == 0) {
            return 0;
        }
        return Math.max(0, Math.min(width / columns, height / rows));
    }

    /** Label every k-th row so labels are at least a line apart. */
    private static int rowStride(double lineHeight, double cell) {
        if (cell <= 0) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil(lineHeight * 1.05 / cell - 1e-9));
    }
}
