package dev.atk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/** Draws an {@link ImageGrid} where its {@link ImageGridLayout} says. */
final class ImageGridPainter {
    /** A hairline frame so that white images and unchanged perturbations stay distinct from the page. */
    private static final Color FRAME = new Color(190, 190, 190);

    private ImageGridPainter() {}

    static void paint(Graphics2D g, ImageGrid grid, ImageGridLayout layout) {
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // pixels must stay squares: no smoothing when an image is scaled
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setPaint(ChartStyle.TEXT);
        double y = ImageGridLayout.PAD;
        for (String line : layout.titleLines()) {
            centred(g, ImageGridLayout.TITLE, line, layout.width() / 2, y);
            y += ImageGridLayout.line(ImageGridLayout.TITLE);
        }
        for (int c = 0; c < grid.columns; c++) {
            double top = layout.columnTitleTop();
            for (String line : layout.columnTitles().get(c)) {
                centred(g, ImageGridLayout.HEADING, line, centre(layout, c), top);
                top += ImageGridLayout.line(ImageGridLayout.HEADING);
            }
        }
        for (int r = 0; r < grid.rows.size(); r++) {
            paintRow(g, grid, layout, r);
        }
        if (grid.colorBar != null) {
            paintColorBar(g, grid.colorBar, layout.colorStrip());
        }
    }

    private static void paintRow(Graphics2D g, ImageGrid grid, ImageGridLayout layout, int r) {
        double top = layout.rowTops()[r];
        String rowTitle = grid.rowTitles.get(r);
        if (!rowTitle.isEmpty()) {
            g.setFont(ImageGridLayout.HEADING);
            double w = g.getFontMetrics().getStringBounds(rowTitle, g).getWidth();
            g.setPaint(ChartStyle.TEXT);
            g.drawString(rowTitle, (float) (layout.rowTitleRight() - w),
                    (float) (top + grid.cellSize / 2.0 + g.getFontMetrics().getAscent() / 2.0));
        }
        for (int c = 0; c < grid.columns; c++) {
            PixelImage image = grid.cell(r, c).image();
            if (image == null) {
                continue;
            }
            double scale = grid.cellSize / (double) Math.max(image.width(), image.height());
            double w = image.width() * scale;
            double h = image.height() * scale;
            Rectangle2D box = new Rectangle2D.Double(centre(layout, c) - w / 2, top + (grid.cellSize - h) / 2, w, h);
            ImageGrid.drawPixels(g, image, box);
            g.setPaint(FRAME);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(box);
            g.setPaint(ChartStyle.TEXT);
            double y = top + grid.cellSize + ImageGridLayout.CAPTION_GAP;
            for (String line : layout.captions().get(r).get(c)) {
                centred(g, ImageGridLayout.CAPTION, line, centre(layout, c), y);
                y += ImageGridLayout.line(ImageGridLayout.CAPTION);
            }
        }
    }

    /** The strip from the ramp's top (high) to bottom (low), labelled at both ends and the middle. */
    private static void paintColorBar(Graphics2D g, ColorBar bar, Rectangle2D strip) {
        int steps = 128;
        double lo = bar.ramp().getLowerBound();
        double hi = bar.ramp().getUpperBound();
        for (int i = 0; i < steps; i++) {
            g.setPaint(bar.ramp().color(hi - (hi - lo) * (i + 0.5) / steps));
            g.fill(new Rectangle2D.Double(strip.getX(), strip.getY() + strip.getHeight() * i / steps, strip.getWidth(),
                    strip.getHeight() / steps + 0.5));
        }
        g.setPaint(FRAME);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(strip);
        g.setPaint(ChartStyle.TEXT);
        g.setFont(ImageGridLayout.HEADING);
        g.drawString(bar.title(), (float) strip.getX(), (float) (strip.getY() - ImageGridLayout.CAPTION_GAP - 2));
        g.setFont(ImageGridLayout.CAPTION);
        float ascent = g.getFontMetrics().getAscent();
        float x = (float) (strip.getMaxX() + 4);
        g.drawString(bar.high(), x, (float) strip.getY() + ascent * 0.8f);
        g.drawString(bar.middle(), x, (float) (strip.getCenterY() + ascent / 2));
        g.drawString(bar.low(), x, (float) strip.getMaxY());
    }

    private static double centre(ImageGridLayout layout, int column) {
        return layout.columnLefts()[column] + layout.columnWidths()[column] / 2;
    }

    /** {@code text} centred on {@code x} with its top at {@code top}. */
    private static void centred(Graphics2D g, Font font, String text, double x, double top) {
        g.setFont(font);
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        g.drawString(text, (float) (x - w / 2), (float) (top + g.getFontMetrics().getAscent()));
    }
}
