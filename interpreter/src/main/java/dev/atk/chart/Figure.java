package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several charts in one image: laid out row by row in a grid of {@code columns}, each keeping its own title, with
 * an optional overall title and optional panel letters "(a)", "(b)", … for referring to panels in the text. Each
 * grid column is as wide as its widest chart and each grid row as tall as its tallest; a chart fills its cell.
 * A figure is a {@link Chart} too, so figures nest.
 *
 * <pre>{@code
 * Figure.builder().title("Correlation: model vs data").columns(2).panelLetters(true)
 *     .add(modelHeatmap).add(dataHeatmap).build().render(Path.of("correlations.png"));
 * }</pre>
 */
public final class Figure implements Chart {
    static final double GAP = 12;

    private final String title;
    private final List<Chart> panels;
    private final int columns;
    private final boolean panelLetters;
    private final double[] columnWidths;
    private final double[] rowHeights;
    private final double titleBlock;

    private Figure(Builder b) {
        title = b.title;
        panels = List.copyOf(b.panels);
        columns = Math.max(1, Math.min(b.columns, Math.max(1, panels.size())));
        panelLetters = b.panelLetters;
        int rows = (panels.size() + columns - 1) / columns;
        columnWidths = new double[columns];
        rowHeights = new double[rows];
        for (int i = 0; i < panels.size(); i++) {
            columnWidths[i % columns] = Math.max(columnWidths[i % columns], panels.get(i).width());
            rowHeights[i / columns] = Math.max(rowHeights[i / columns], panels.get(i).height());
        }
        Graphics2D g = Canvas.measuring(1);
        try {
            titleBlock = title.isEmpty() ? 0 : Text.lineHeight(g, Theme.FIGURE_TITLE) + Theme.TITLE_GAP;
        } finally {
            g.dispose();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int width() {
        double sum = 0;
        for (double w : columnWidths) {
            sum += w;
        }
        return Math.max(ChartSizes.MIN, (int) Math.ceil(sum + GAP * (columnWidths.length - 1) + 2 * Theme.PAD));
    }

    @Override
    public int height() {
        double sum = 0;
        for (double h : rowHeights) {
            sum += h;
        }
        double gaps = GAP * Math.max(0, rowHeights.length - 1);
        return Math.max(ChartSizes.MIN, (int) Math.ceil(sum + gaps + titleBlock + 2 * Theme.PAD));
    }

    @Override
    public void paint(Graphics2D g, Box area) {
        if (!title.isEmpty()) {
            g.setColor(Theme.TEXT.awt());
            String fitted = Text.fit(g, Theme.FIGURE_TITLE, title, area.width() - 2 * Theme.PAD);
            Text.draw(g, Theme.FIGURE_TITLE, fitted, area.centerX(), area.y() + Theme.PAD, Text.Horizontal.CENTER,
                    Text.Vertical.TOP);
        }
        if (panels.isEmpty()) {
            CartesianPainter.paintNoData(g, area);
            return;
        }
        // scale the natural grid to the area, so a figure painted into a larger or smaller box still fills it
        double sx = (area.width() - 2 * Theme.PAD - GAP * (columns - 1)) / (width() - 2 * Theme.PAD - GAP * (columns - 1));
        double sy = (area.height() - 2 * Theme.PAD - titleBlock - GAP * (rowHeights.length - 1))
                / (height() - 2 * Theme.PAD - titleBlock - GAP * (rowHeights.length - 1));
        double top = area.y() + Theme.PAD + titleBlock;
        for (int r = 0; r < rowHeights.length; r++) {
            double left = area.x() + Theme.PAD;
            double rowHeight = rowHeights[r] * sy;
            for (int c = 0; c < columns; c++) {
                double cellWidth = columnWidths[c] * sx;
                int index = r * columns + c;
                if (index < panels.size()) {
                    paintPanel(g, index, new Box(left, top, Math.max(0, cellWidth), Math.max(0, rowHeight)));
                }
                left += cellWidth + GAP;
            }
            top += rowHeight + GAP;
        }
    }

    private void paintPanel(Graphics2D g, int index, Box cell) {
        Graphics2D panelGraphics = (Graphics2D) g.create();
        try {
            // a panel must not draw over its neighbours, whatever it does inside its cell
            panelGraphics.clip(cell.rect());
            panels.get(index).paint(panelGraphics, cell);
        } finally {
            panelGraphics.dispose();
        }
        if (panelLetters) {
            g.setColor(Theme.TEXT.awt());
            Text.draw(g, Theme.PANEL_LETTER, "(" + letter(index) + ")", cell.x() + 2, cell.y() + Theme.PAD,
                    Text.Horizontal.LEFT, Text.Vertical.TOP);
        }
    }

    /** a, b, …, z, aa, ab, … */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.toString();
    }

    public static final class Builder {
        private String title = "";
        private final List<Chart> panels = new ArrayList<>();
        private int columns = 2;
        private boolean panelLetters;

        private Builder() {}

        public Builder title(String value) {
            title = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** Panels per row (default 2); panels fill rows left to right. */
        public Builder columns(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("figure columns must be >= 1, got " + value);
            }
            columns = value;
            return this;
        }

        public Builder panelLetters(boolean value) {
            panelLetters = value;
            return this;
        }

        public Builder add(Chart panel) {
            panels.add(Objects.requireNonNull(panel, "panel"));
            return this;
        }

        public Builder add(Chart... values) {
            for (Chart value : values) {
                add(value);
            }
            return this;
        }

        public Figure build() {
            return new Figure(this);
        }
    }
}
