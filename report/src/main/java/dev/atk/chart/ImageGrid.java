package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Images in a grid, enlarged with visible pixels to a square cell, with captions under each, column titles above,
 * row titles on the left and an optional colour bar on the right for the perturbation columns. Its size follows
 * from the content. Typical use: one row per example, columns clean | adversarial | perturbation.
 */
public final class ImageGrid implements Chart {
    final String title;
    final List<String> columnTitles;
    final List<String> rowTitles;
    final List<List<ImageCell>> rows;
    final int columns;
    final int cellSize;
    final ColorBar colorBar;
    private final ImageGridLayout layout;

    private ImageGrid(Builder b) {
        title = b.title;
        columnTitles = List.copyOf(b.columnTitles);
        rowTitles = List.copyOf(b.rowTitles);
        rows = b.rows.stream().map(List::copyOf).toList();
        columns = Math.max(columnTitles.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        cellSize = b.cellSize;
        colorBar = b.colorBar;
        layout = ImageGridLayout.of(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The measured layout: column widths, wrapped captions, where everything goes (logical units). */
    public ImageGridLayout layout() {
        return layout;
    }

    @Override
    public int width() {
        return (int) Math.ceil(layout.width());
    }

    @Override
    public int height() {
        return (int) Math.ceil(layout.height());
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D local = (Graphics2D) g.create();
        try {
            local.translate(area.getX(), area.getY());
            local.scale(area.getWidth() / width(), area.getHeight() / height());
            ImageGridPainter.paint(local, this, layout);
        } finally {
            local.dispose();
        }
    }

    /** The cell at (row, column); blank beyond the end of a short row. */
    ImageCell cell(int row, int column) {
        List<ImageCell> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : ImageCell.empty();
    }

    /** Draws {@code image} into {@code box}, enlarged by whole pixels so each source pixel stays a square. */
    static void drawPixels(Graphics2D g, PixelImage image, Rectangle2D box) {
        int factor = Math.max(1, (int) Math.ceil(box.getWidth() * Chart.PNG_SCALE / image.width()));
        AffineTransform placement = new AffineTransform();
        placement.translate(box.getX(), box.getY());
        placement.scale(box.getWidth() / (image.width() * factor), box.getHeight() / (image.height() * factor));
        g.drawImage(image.enlarged(factor), placement, null);
    }

    public static final class Builder {
        private String title = "";
        private final List<String> columnTitles = new ArrayList<>();
        private final List<String> rowTitles = new ArrayList<>();
        private final List<List<ImageCell>> rows = new ArrayList<>();
        private int cellSize = 128;
        private ColorBar colorBar;

        private Builder() {}

        public Builder title(String value) {
            title = Objects.requireNonNullElse(value, "");
            return this;
        }

        public Builder columnTitles(String... titles) {
            columnTitles.clear();
            columnTitles.addAll(Arrays.asList(titles));
            return this;
        }

        /** Side of each square image cell in logical units. */
        public Builder cellSize(int value) {
            if (value < 16 || value > 2000) {
                throw new IllegalArgumentException("image cell size must be in 16..2000 logical units, got " + value);
            }
            cellSize = value;
            return this;
        }

        /** A colour bar explaining the perturbation columns' colours; null for none. */
        public Builder colorBar(ColorBar value) {
            colorBar = value;
            return this;
        }

        /** A row with a title on its left (empty for none). */
        public Builder row(String rowTitle, List<ImageCell> cells) {
            cells.forEach(c -> Objects.requireNonNull(c, "cell (use ImageCell.empty() for a gap)"));
            rowTitles.add(Objects.requireNonNullElse(rowTitle, ""));
            rows.add(new ArrayList<>(cells));
            return this;
        }

        public Builder row(String rowTitle, ImageCell... cells) {
            return row(rowTitle, Arrays.asList(cells));
        }

        public ImageGrid build() {
            return new ImageGrid(this);
        }
    }
}
