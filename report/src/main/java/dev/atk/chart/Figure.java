package dev.atk.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several charts in one image, row by row in a grid of {@code columns}, each keeping its own title, under an
 * optional overall title, with optional panel letters "(a)", "(b)", … for the text to refer to. Each grid column
 * is as wide as its widest chart and each row as tall as its tallest. JFreeChart has no such composition for
 * unrelated plots (its combined plots share an axis), so this stays here.
 */
public final class Figure implements Chart {
    private static final double GAP = 12;
    private static final double PAD = 8;
    private static final Font TITLE = ChartStyle.TITLE.deriveFont(16f);
    private static final Font LETTER = ChartStyle.TITLE.deriveFont(14f);

    private final String title;
    private final List<Chart> panels;
    private final int columns;
    private final boolean letters;
    private final double[] widths;
    private final double[] heights;

    private Figure(Builder b) {
        title = b.title;
        panels = List.copyOf(b.panels);
        columns = Math.max(1, Math.min(b.columns, panels.size()));
        letters = b.letters;
        widths = new double[columns];
        heights = new double[(panels.size() + columns - 1) / columns];
        for (int i = 0; i < panels.size(); i++) {
            widths[i % columns] = Math.max(widths[i % columns], panels.get(i).width());
            heights[i / columns] = Math.max(heights[i / columns], panels.get(i).height());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The title broken at spaces to the panels' width: a long title must wrap, not run off the image. */
    private List<String> titleLines() {
        double panelsWidth = GAP * (widths.length - 1);
        for (double w : widths) {
            panelsWidth += w;
        }
        return title.isEmpty() ? List.of() : TextWrap.words(title, TextWrap.metrics(TITLE), panelsWidth);
    }

    private double titleBlock() {
        return title.isEmpty() ? 0 : titleLines().size() * TextWrap.metrics(TITLE).getHeight() + PAD;
    }

    @Override
    public int width() {
        double sum = 2 * PAD + GAP * (widths.length - 1);
        for (double w : widths) {
            sum += w;
        }
        return (int) Math.ceil(sum);
    }

    @Override
    public int height() {
        double sum = 2 * PAD + titleBlock() + GAP * Math.max(0, heights.length - 1);
        for (double h : heights) {
            sum += h;
        }
        return (int) Math.ceil(sum);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setPaint(ChartStyle.TEXT);
        // scaled to the area, so a figure drawn into another size still fills it
        double sx = area.getWidth() / width();
        double sy = area.getHeight() / height();
        g.setFont(TITLE);
        double baseline = area.getY() + PAD * sy;
        for (String line : titleLines()) {
            baseline += TextWrap.metrics(TITLE).getHeight() * sy;
            double w = g.getFontMetrics().getStringBounds(line, g).getWidth();
            g.drawString(line, (float) (area.getCenterX() - w / 2), (float) (baseline - TextWrap.metrics(TITLE).getDescent()));
        }
        double top = area.getY() + (PAD + titleBlock()) * sy;
        for (int r = 0; r < heights.length; r++) {
            double left = area.getX() + PAD * sx;
            for (int c = 0; c < columns && r * columns + c < panels.size(); c++) {
                int index = r * columns + c;
                Rectangle2D cell = new Rectangle2D.Double(left, top, widths[c] * sx, heights[r] * sy);
                Graphics2D panel = (Graphics2D) g.create();
                try {
                    // a panel must not draw over its neighbours
                    panel.clip(cell);
                    panels.get(index).draw(panel, cell);
                } finally {
                    panel.dispose();
                }
                if (letters) {
                    g.setPaint(ChartStyle.TEXT);
                    g.setFont(LETTER);
                    g.drawString("(" + letter(index) + ")", (float) cell.getX() + 4,
                            (float) cell.getY() + LETTER.getSize2D() + 4);
                }
                left += (widths[c] + GAP) * sx;
            }
            top += (heights[r] + GAP) * sy;
        }
    }

    /** a, b, …, z, aa, ab, … */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            s.insert(0, (char) ('a' + n % 26));
        }
        return s.toString();
    }

    public static final class Builder {
        private String title = "";
        private final List<Chart> panels = new ArrayList<>();
        private int columns = 2;
        private boolean letters;

        private Builder() {}

        public Builder title(String value) {
            title = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** Panels per row (default 2), filled left to right. */
        public Builder columns(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("figure columns must be >= 1, got " + value);
            }
            columns = value;
            return this;
        }

        public Builder panelLetters(boolean value) {
            letters = value;
            return this;
        }

        public Builder add(Chart... values) {
            for (Chart value : values) {
                panels.add(Objects.requireNonNull(value, "panel"));
            }
            return this;
        }

        public Figure build() {
            if (panels.isEmpty()) {
                throw new IllegalArgumentException("a figure needs at least one panel");
            }
            return new Figure(this);
        }
    }
}
