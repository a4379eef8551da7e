package dev.atk.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking for captions and titles drawn outside JFreeChart. Captions list labels ("+Ankle boot, −Bag"), and
 * a label must never be split, so {@link #items} breaks only after the commas between labels; titles are prose
 * and {@link #words} breaks at spaces. A piece wider than the line stays whole on its own line: the layout widens
 * the column to fit it instead.
 */
public final class TextWrap {
    private TextWrap() {}

    /**
     * Metrics of {@code font} as the PNG renderer measures it (fractional, antialiased, unscaled), for laying out
     * text before any drawing surface exists.
     */
    public static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** {@code text} split after each ", " (the comma stays with the piece before it). */
    public static List<String> itemsOf(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(", "); i >= 0; i = text.indexOf(", ", start)) {
            pieces.add(text.substring(start, i + 1));
            start = i + 2;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** Caption lines: whole items, joined by ", " as written, packed into lines no wider than {@code width}. */
    public static List<String> items(String text, FontMetrics metrics, double width) {
        return pack(itemsOf(text), metrics, width);
    }

    /** Prose lines broken at spaces, no wider than {@code width} unless a single word is. */
    public static List<String> words(String text, FontMetrics metrics, double width) {
        return pack(List.of(text.split(" ")), metrics, width);
    }

    /** The widest piece {@link #items} will never break: the narrowest a caption's column may be. */
    public static double widestItem(String text, FontMetrics metrics) {
        double widest = 0;
        for (String piece : itemsOf(text)) {
            widest = Math.max(widest, metrics.getStringBounds(piece, null).getWidth());
        }
        return widest;
    }

    private static List<String> pack(List<String> pieces, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            String candidate = line.length() == 0 ? piece : line + " " + piece;
            if (line.length() > 0 && metrics.getStringBounds(candidate, null).getWidth() > width) {
                lines.add(line.toString());
                line = new StringBuilder(piece);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
