package dev.atk.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measuring and placing text. Layout code thinks in anchors ("centre this label under the tick") rather than in
 * baselines, so every draw call names a horizontal and a vertical alignment and the baseline arithmetic lives here.
 * Widths are fractional (from string bounds) so measurements agree with what fractional-metrics rendering draws.
 */
final class Text {
    enum Horizontal { LEFT, CENTER, RIGHT }

    enum Vertical {
        /** The anchor is at the top of the line box (ascent above the baseline). */
        TOP,
        /** The anchor is halfway up a capital letter: what looks centred next to a tick mark. */
        MIDDLE,
        BASELINE,
        /** The anchor is at the bottom of the line box (descent below the baseline). */
        BOTTOM
    }

    /** Characters after which a line may break even without a space. */
    private static final String SOFT_BREAKS = "@_/,";

    private Text() {}

    static double width(Graphics2D g, Font font, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    static double maxWidth(Graphics2D g, Font font, List<String> texts) {
        double max = 0;
        for (String text : texts) {
            max = Math.max(max, width(g, font, text));
        }
        return max;
    }

    static double ascent(Graphics2D g, Font font) {
        return font.getLineMetrics("Hg", g.getFontRenderContext()).getAscent();
    }

    static double descent(Graphics2D g, Font font) {
        return font.getLineMetrics("Hg", g.getFontRenderContext()).getDescent();
    }

    /** Height of one line of text, ascent plus descent. */
    static double lineHeight(Graphics2D g, Font font) {
        return ascent(g, font) + descent(g, font);
    }

    static double capHeight(Graphics2D g, Font font) {
        FontRenderContext frc = g.getFontRenderContext();
        return font.createGlyphVector(frc, "H").getVisualBounds().getHeight();
    }

    static void draw(Graphics2D g, Font font, String text, double x, double y, Horizontal h, Vertical v) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(font);
        double left = x - alignOffset(width(g, font, text), h);
        g.drawString(text, (float) left, (float) (y + baselineOffset(g, font, v)));
    }

    /**
     * Draws {@code text} turned by {@code radians} (negative turns counter-clockwise on screen, so -π/2 reads bottom
     * to top) about the anchor; the alignments are those of the unrotated text relative to the anchor.
     */
    static void drawRotated(Graphics2D g, Font font, String text, double x, double y, double radians,
                            Horizontal h, Vertical v) {
        if (text.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        try {
            g.translate(x, y);
            g.rotate(radians);
            draw(g, font, text, 0, 0, h, v);
        } finally {
            g.setTransform(saved);
        }
    }

    /** Shortens {@code text} with an ellipsis until it fits {@code maxWidth}. */
    static String fit(Graphics2D g, Font font, String text, double maxWidth) {
        if (width(g, font, text) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        for (int end = text.length() - 1; end > 0; end--) {
            String candidate = text.substring(0, end).stripTrailing() + ellipsis;
            if (width(g, font, candidate) <= maxWidth) {
                return candidate;
            }
        }
        return ellipsis;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}, at spaces. A word too wide for a line of its
     * own is split after '@', '_', '/' or ',' (so {@code a_long_label@top_right} splits at its joints), filling
     * the current line first, and cut between characters as a last resort. Explicit newlines are kept. Never
     * returns an empty list.
     */
    static List<String> wrap(Graphics2D g, Font font, String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String separator = line.length() == 0 ? "" : " ";
                if (width(g, font, line + separator + word) <= maxWidth) {
                    line.append(separator).append(word);
                } else if (width(g, font, word) <= maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.append(separator);
                    splitWideWord(g, font, word, maxWidth, line, lines);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Appends the pieces of a too-wide word to {@code line}, moving full lines to {@code lines}. */
    private static void splitWideWord(Graphics2D g, Font font, String word, double maxWidth, StringBuilder line,
                                      List<String> lines) {
        for (String piece : softPieces(word)) {
            if (width(g, font, line + piece) <= maxWidth) {
                line.append(piece);
                continue;
            }
            String current = line.toString().stripTrailing();
            if (!current.isEmpty()) {
                lines.add(current);
            }
            line.setLength(0);
            String rest = piece;
            while (width(g, font, rest) > maxWidth && rest.length() > 1) {
                int cut = longestPrefixThatFits(g, font, rest, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
    }

    /** The word cut after each soft-break character, e.g. "a_b@c" gives "a_", "b@", "c". */
    private static List<String> softPieces(String word) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            if (SOFT_BREAKS.indexOf(word.charAt(i)) >= 0) {
                pieces.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < word.length()) {
            pieces.add(word.substring(start));
        }
        return pieces;
    }

    private static int longestPrefixThatFits(Graphics2D g, Font font, String word, double maxWidth) {
        int cut = 1;
        while (cut < word.length() && width(g, font, word.substring(0, cut + 1)) <= maxWidth) {
            cut++;
        }
        return cut;
    }

    private static double alignOffset(double width, Horizontal h) {
        switch (h) {
            case CENTER:
                return width / 2;
            case RIGHT:
                return width;
            default:
                return 0;
        }
    }

    private static double baselineOffset(Graphics2D g, Font font, Vertical v) {
        switch (v) {
            case TOP:
                return ascent(g, font);
            case MIDDLE:
                return capHeight(g, font) / 2;
            case BOTTOM:
                return -descent(g, font);
            default:
                return 0;
        }
    }
}
