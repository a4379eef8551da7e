package dev.atk.chart;

import java.awt.Graphics2D;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prints each heatmap value inside its cell, in dark or light text depending on the cell colour, and only where
 * the text fits, so small matrices can be read exactly while large ones stay clean.
 */
final class CellValues {
    /** Cells darker than this relative luminance get white text. */
    private static final double DARK = 0.35;

    private CellValues() {}

    static void paint(Graphics2D g, Heatmap map, HeatmapLayout layout, ColorScale scale) {
        double cell = layout.cell();
        if (Text.lineHeight(g, Theme.CELL_VALUE) > cell) {
            return;
        }
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.columns(); c++) {
                double v = map.value(r, c);
                if (!Double.isFinite(v)) {
                    continue;
                }
                String text = format(v, map.valueDecimals());
                if (Text.width(g, Theme.CELL_VALUE, text) > cell - 2) {
                    continue;
                }
                Rgb background = map.colormap().at(scale.position(v));
                g.setColor(background.luminance() < DARK ? Rgb.WHITE.awt() : Theme.TEXT.awt());
                Box box = layout.cell(r, c);
                Text.draw(g, Theme.CELL_VALUE, text, box.centerX(), box.centerY(), Text.Horizontal.CENTER,
                        Text.Vertical.MIDDLE);
            }
        }
    }

    private static String format(double value, int decimals) {
        String text = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // "-0.00" would suggest a sign that rounding erased
        if (text.matches("-0\\.?0*")) {
            text = text.substring(1);
        }
        return text.replace('-', '\u2212');
    }
}
