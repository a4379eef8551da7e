package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;

/** Draws an {@link ImageGrid} from its {@link ImageGridLayout}. */
final class ImageGridPainter {
    /** A hairline frame so white images stay distinct from the white page. */
    private static final Rgb IMAGE_FRAME = new Rgb(190, 190, 190);

    private ImageGridPainter() {}

    static void paint(Graphics2D g, ImageGrid grid, ImageGridLayout layout) {
        int columns = grid.columnCount();
        if (!grid.title().isEmpty()) {
            double centre = columns == 0 ? layout.content().centerX() : layout.gridCenterX(columns);
            CartesianPainter.paintTitle(g, layout.content(), centre, grid.title());
        }
        if (grid.rowCount() == 0 || columns == 0) {
            CartesianPainter.paintNoData(g, layout.content());
            return;
        }
        paintColumnTitles(g, grid, layout);
        double captionLine = Text.lineHeight(g, Theme.CAPTION);
        for (int r = 0; r < grid.rowCount(); r++) {
            paintRowTitle(g, layout, r);
            for (int c = 0; c < columns; c++) {
                PixelImage image = grid.cell(r, c).image();
                if (image == null) {
                    continue;
                }
                Box box = layout.imageBox(r, c, image);
                paintImage(g, image, box);
                Box slot = layout.slot(r, c);
                double top = slot.bottom() + ImageGridLayout.CAPTION_GAP;
                g.setColor(Theme.TEXT.awt());
                for (String line : layout.captions().get(r).get(c)) {
                    Text.draw(g, Theme.CAPTION, line, slot.centerX(), top, Text.Horizontal.CENTER, Text.Vertical.TOP);
                    top += captionLine;
                }
            }
        }
    }

    private static void paintImage(Graphics2D g, PixelImage image, Box box) {
        AffineTransform placement = new AffineTransform();
        placement.translate(box.x(), box.y());
        placement.scale(box.width() / image.width(), box.height() / image.height());
        // Canvas sets nearest-neighbour interpolation: each source pixel becomes a crisp square block
        g.drawImage(image.toBufferedImage(), placement, null);
        g.setColor(IMAGE_FRAME.awt());
        g.setStroke(Strokes.thin(0.6));
        g.draw(box.rect());
    }

    private static void paintColumnTitles(Graphics2D g, ImageGrid grid, ImageGridLayout layout) {
        List<String> titles = grid.columnTitles();
        double top = layout.gridTop() - layout.columnTitleBlock();
        g.setColor(Theme.TEXT.awt());
        for (int c = 0; c < titles.size(); c++) {
            double left = layout.gridLeft() + c * (layout.cellSize() + ImageGridLayout.COLUMN_GAP);
            String title = Text.fit(g, Theme.AXIS_LABEL, titles.get(c), layout.cellSize() + ImageGridLayout.COLUMN_GAP);
            Text.draw(g, Theme.AXIS_LABEL, title, left + layout.cellSize() / 2.0, top, Text.Horizontal.CENTER,
                    Text.Vertical.TOP);
        }
    }

    /** Right-aligned next to the row's images, vertically centred on them. */
    private static void paintRowTitle(Graphics2D g, ImageGridLayout layout, int row) {
        List<String> lines = layout.rowTitles().get(row);
        if (lines.isEmpty()) {
            return;
        }
        Box slot = layout.slot(row, 0);
        double lineHeight = Text.lineHeight(g, Theme.AXIS_LABEL);
        double top = slot.centerY() - lines.size() * lineHeight / 2;
        double right = slot.x() - ImageGridLayout.ROW_TITLE_GAP;
        g.setColor(Theme.TEXT.awt());
        for (String line : lines) {
            Text.draw(g, Theme.AXIS_LABEL, line, right, top, Text.Horizontal.RIGHT, Text.Vertical.TOP);
            top += lineHeight;
        }
    }
}
