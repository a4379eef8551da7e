package dev.atk.chart;

import java.awt.BasicStroke;

/** The few pen styles charts use, in logical units. */
final class Strokes {
    private Strokes() {}

    /** Data lines: round caps and joins so densely sampled curves look smooth. */
    static BasicStroke line(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Axes, ticks, grid and error bars: square-ended so tick marks end exactly where they should. */
    static BasicStroke thin(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    /** Dashes scale with the line width so thick and thin dashed lines have the same rhythm. */
    static BasicStroke dashed(double width) {
        float dash = (float) (3.2 * width);
        float gap = (float) (2.2 * width);
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {dash, gap}, 0f);
    }
}
