package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures an {@link ImageGrid}: wrapped captions and row titles, the height of each row (image plus its tallest
 * caption), and the natural size of the whole grid. {@link #placedIn} then centres that block in a given area.
 */
record ImageGridLayout(double originX, double originY, double contentWidth, double contentHeight,
                       double titleBlock, double columnTitleBlock, double rowTitleWidth, int cellSize,
                       double[] rowTops, List<List<List<String>>> captions, List<List<String>> rowTitles) {
    static final double COLUMN_GAP = 10;
    static final double ROW_GAP = 14;
    static final double CAPTION_GAP = 4;
    static final double ROW_TITLE_GAP = 8;
    /** Size given to a grid without cells, so its "no data" note has room. */
    private static final double EMPTY_WIDTH = 240;
    private static final double EMPTY_HEIGHT = 120;

    static ImageGridLayout measure(Graphics2D g, ImageGrid grid) {
        int cell = grid.cellSize();
        double titleBlock = CartesianLayout.titleBlock(g, grid.title());
        double columnTitleBlock = grid.columnTitles().isEmpty() ? 0
                : Text.lineHeight(g, Theme.AXIS_LABEL) + CAPTION_GAP;
        List<List<String>> rowTitles = new ArrayList<>();
        double rowTitleWidth = 0;
        for (int r = 0; r < grid.rowCount(); r++) {
            // a long row title wraps rather than pushing the images far to the right
            List<String> lines = grid.rowTitle(r).isEmpty() ? List.of()
                    : Text.wrap(g, Theme.AXIS_LABEL, grid.rowTitle(r), cell);
            rowTitles.add(lines);
            rowTitleWidth = Math.max(rowTitleWidth, Text.maxWidth(g, Theme.AXIS_LABEL, lines));
        }
        if (rowTitleWidth > 0) {
            rowTitleWidth += ROW_TITLE_GAP;
        }
        double captionLine = Text.lineHeight(g, Theme.CAPTION);
        List<List<List<String>>> captions = new ArrayList<>();
        double[] rowTops = new double[grid.rowCount()];
        double y = 0;
        for (int r = 0; r < grid.rowCount(); r++) {
            rowTops[r] = y;
            List<List<String>> rowCaptions = new ArrayList<>();
            int tallest = 0;
            for (int c = 0; c < grid.columnCount(); c++) {
                List<String> lines = new ArrayList<>();
                for (String line : grid.cell(r, c).caption()) {
                    lines.addAll(Text.wrap(g, Theme.CAPTION, line, cell));
                }
                rowCaptions.add(lines);
                tallest = Math.max(tallest, lines.size());
            }
            captions.add(rowCaptions);
            y += cell + (tallest == 0 ? 0 : CAPTION_GAP + tallest * captionLine) + ROW_GAP;
        }
        double gridHeight = grid.rowCount() == 0 ? 0 : y - ROW_GAP;
        int columns = grid.columnCount();
        double gridWidth = columns == 0 ? 0 : columns * cell + (columns - 1) * COLUMN_GAP;
        double width = 2 * Theme.PAD + rowTitleWidth + gridWidth;
        double height = 2 * Theme.PAD + titleBlock + columnTitleBlock + gridHeight;
        if (grid.rowCount() == 0 || columns == 0) {
            width = Math.max(width, EMPTY_WIDTH);
            height = Math.max(height, EMPTY_HEIGHT);
        }
        width = Math.max(width, 2 * Theme.PAD + Text.width(g, Theme.TITLE, grid.title()));
        return new ImageGridLayout(0, 0, width, height, titleBlock, columnTitleBlock, rowTitleWidth, cell,
                rowTops, captions, rowTitles);
    }

    /** The same layout with its content block centred in {@code area}. */
    ImageGridLayout placedIn(Box area) {
        double x = area.x() + Math.max(0, (area.width() - contentWidth) / 2);
        double y = area.y() + Math.max(0, (area.height() - contentHeight) / 2);
        return new ImageGridLayout(x, y, contentWidth, contentHeight, titleBlock, columnTitleBlock, rowTitleWidth,
                cellSize, rowTops, captions, rowTitles);
    }

    /** The square slot of cell (row, column). */
    Box slot(int row, int column) {
        double left = gridLeft() + column * (cellSize + COLUMN_GAP);
        return new Box(left, gridTop() + rowTops[row], cellSize, cellSize);
    }

    /** Where {@code image} goes inside its slot: as large as fits, aspect kept, centred. */
    Box imageBox(int row, int column, PixelImage image) {
        Box slot = slot(row, column);
        if (image == null) {
            return slot;
        }
        double scale = Math.min(slot.width() / image.width(), slot.height() / image.height());
        double w = image.width() * scale;
        double h = image.height() * scale;
        return new Box(slot.x() + (slot.width() - w) / 2, slot.y() + (slot.height() - h) / 2, w, h);
    }

    /** The centre line of the grid's columns, for centring the title over the images rather than the row titles. */
    double gridCenterX(int columns) {
        double gridWidth = columns * cellSize + Math.max(0, columns - 1) * COLUMN_GAP;
        return gridLeft() + gridWidth / 2;
    }

    double gridLeft() {
        return originX + Theme.PAD + rowTitleWidth;
    }

    double gridTop() {
        return originY + Theme.PAD + titleBlock + columnTitleBlock;
    }

    Box content() {
        return new Box(originX, originY, contentWidth, contentHeight);
    }
}
