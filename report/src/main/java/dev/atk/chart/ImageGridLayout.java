package dev.atk.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each part of an {@link ImageGrid} goes, in logical units. Columns are at least a cell wide and wider when
 * a caption holds a label that would not fit whole; captions and titles are wrapped here, once, with the same
 * font metrics the PNG renderer uses (fractional, unscaled).
 *
 * @param columnLefts left edge of each column's slot; {@code columnWidths} its width (the image is centred)
 * @param rowTops top of each row's images; captions follow under them
 * @param captions per row, per column: the caption's wrapped lines
 */
public record ImageGridLayout(double width, double height, List<String> titleLines, List<List<String>> columnTitles,
                              double columnTitleTop, double[] columnLefts, double[] columnWidths, double rowTitleRight,
                              double[] rowTops, List<List<List<String>>> captions, Rectangle2D colorStrip) {
    static final Font TITLE = ChartStyle.TITLE;
    static final Font HEADING = ChartStyle.LABEL;
    static final Font CAPTION = ChartStyle.CAPTION;
    static final double PAD = 10;
    static final double GAP = 12;
    static final double ROW_GAP = 14;
    static final double CAPTION_GAP = 4;
    static final double STRIP = 12;

    /** Line height of {@code font}. */
    static double line(Font font) {
        return metrics(font).getHeight();
    }

    static FontMetrics metrics(Font font) {
        return TextWrap.metrics(font);
    }

    static ImageGridLayout of(ImageGrid grid) {
        FontMetrics caption = metrics(CAPTION);
        FontMetrics heading = metrics(HEADING);
        int n = grid.columns;
        double[] widths = new double[n];
        for (int c = 0; c < n; c++) {
            widths[c] = grid.cellSize;
            for (int r = 0; r < grid.rows.size(); r++) {
                for (String paragraph : grid.cell(r, c).caption()) {
                    widths[c] = Math.max(widths[c], Math.ceil(TextWrap.widestItem(paragraph, caption)));
                }
            }
        }
        double rowTitleWidth = 0;
        for (String t : grid.rowTitles) {
            rowTitleWidth = Math.max(rowTitleWidth, heading.getStringBounds(t, null).getWidth());
        }
        double left = PAD + (rowTitleWidth > 0 ? rowTitleWidth + GAP : 0);
        double rowTitleRight = left - GAP;
        double[] lefts = new double[n];
        for (int c = 0; c < n; c++) {
            lefts[c] = left;
            left += widths[c] + GAP;
        }
        double gridRight = left - GAP;
        double barWidth = grid.colorBar == null ? 0 : GAP + barWidth(grid.colorBar, caption, heading);
        double width = Math.max(gridRight + barWidth + PAD, 240);
        List<String> titleLines = grid.title.isEmpty() ? List.of()
                : TextWrap.words(grid.title, metrics(TITLE), width - 2 * PAD);
        double y = PAD + titleLines.size() * line(TITLE) + (titleLines.isEmpty() ? 0 : CAPTION_GAP);
        List<List<String>> columnTitles = new ArrayList<>();
        int titleRows = 0;
        for (int c = 0; c < n; c++) {
            List<String> lines = c < grid.columnTitles.size()
                    ? TextWrap.words(grid.columnTitles.get(c), heading, widths[c]) : List.of();
            columnTitles.add(lines);
            titleRows = Math.max(titleRows, lines.size());
        }
        double columnTitleTop = y;
        y += titleRows * line(HEADING) + (titleRows > 0 ? CAPTION_GAP : 0);
        double gridTop = y;
        double[] tops = new double[grid.rows.size()];
        List<List<List<String>>> captions = new ArrayList<>();
        for (int r = 0; r < grid.rows.size(); r++) {
            tops[r] = y;
            List<List<String>> row = new ArrayList<>();
            int tallest = 0;
            for (int c = 0; c < n; c++) {
                List<String> lines = new ArrayList<>();
                for (String paragraph : grid.cell(r, c).caption()) {
                    lines.addAll(TextWrap.items(paragraph, caption, widths[c]));
                }
                row.add(lines);
                tallest = Math.max(tallest, lines.size());
            }
            captions.add(row);
            y += grid.cellSize + (tallest > 0 ? CAPTION_GAP + tallest * line(CAPTION) : 0) + ROW_GAP;
        }
        double height = Math.max(y - ROW_GAP + PAD, 120);
        Rectangle2D strip = null;
        if (grid.colorBar != null) {
            double top = gridTop + line(HEADING) + CAPTION_GAP;
            double stripHeight = Math.max(grid.cellSize, Math.min(2 * grid.cellSize, y - ROW_GAP - top));
            strip = new Rectangle2D.Double(gridRight + GAP, top, STRIP, stripHeight);
            height = Math.max(height, top + stripHeight + line(CAPTION) + PAD);
        }
        return new ImageGridLayout(width, height, titleLines, columnTitles, columnTitleTop, lefts, widths,
                rowTitleRight, tops, captions, strip);
    }

    /** Room for the strip, its value labels and its title. */
    private static double barWidth(ColorBar bar, FontMetrics caption, FontMetrics heading) {
        double labels = 0;
        for (String s : List.of(bar.high(), bar.middle(), bar.low())) {
            labels = Math.max(labels, caption.getStringBounds(s, null).getWidth());
        }
        return Math.max(STRIP + 4 + labels, heading.getStringBounds(bar.title(), null).getWidth());
    }
}
