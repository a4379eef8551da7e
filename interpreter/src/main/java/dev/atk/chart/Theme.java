package dev.atk.chart;

import java.awt.Font;

/**
 * The shared look: fonts, neutral colours and line weights, in logical units. Sizes follow common journal figure
 * practice (ticks around 11 pt, axis labels a little larger, titles bold) so a chart stays legible when scaled to a
 * single column.
 */
final class Theme {
    static {
        Headless.ensure();
    }

    /** A logical family: Java maps it to DejaVu Sans on the machines we run on, so nothing is bundled. */
    static final String FAMILY = "SansSerif";

    static final Font FIGURE_TITLE = font(Font.BOLD, 17f);
    static final Font TITLE = font(Font.BOLD, 15f);
    static final Font PANEL_LETTER = font(Font.BOLD, 15f);
    static final Font AXIS_LABEL = font(Font.PLAIN, 13f);
    static final Font TICK = font(Font.PLAIN, 11f);
    static final Font SMALL_TICK = font(Font.PLAIN, 9f);
    static final Font LEGEND = font(Font.PLAIN, 11f);
    static final Font CAPTION = font(Font.PLAIN, 10f);
    static final Font NOTE = font(Font.ITALIC, 12f);
    static final Font CELL_VALUE = font(Font.PLAIN, 9f);

    static final Rgb TEXT = new Rgb(34, 34, 34);
    static final Rgb AXIS = new Rgb(90, 90, 90);
    static final Rgb GRID = new Rgb(228, 228, 228);
    static final Rgb MUTED = new Rgb(110, 110, 110);
    static final Rgb LEGEND_BORDER = new Rgb(200, 200, 200);
    static final Rgb MISSING_CELL = new Rgb(215, 215, 215);

    /** Space between a chart's area edge and anything drawn in it. */
    static final double PAD = 10;
    static final double TICK_LENGTH = 4;
    static final double TICK_GAP = 3;
    static final double LABEL_GAP = 6;
    static final double TITLE_GAP = 8;
    static final double AXIS_WIDTH = 0.9;
    static final double GRID_WIDTH = 0.7;
    static final double LINE_WIDTH = 1.8;
    static final double MARKER_SIZE = 7.5;
    static final double ERROR_WIDTH = 1.1;
    static final double CAP_WIDTH = 6;

    private Theme() {}

    private static Font font(int style, float size) {
        return new Font(FAMILY, style, 12).deriveFont(style, size);
    }
}
