package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Images in a grid, each upscaled with nearest-neighbour (so pixels stay visible squares) to a square cell, with
 * captions under each and optional column titles above and row titles on the left. Its size follows from the
 * content. Typical use: one row per example, columns clean | adversarial | amplified perturbation.
 *
 * <pre>{@code
 * ImageGrid.builder().title("Example 17").cellSize(160).columnTitles("clean", "adversarial", "perturbation ×10")
 *     .row("img 17", ImageCell.of(PixelImage.rgb(x)), ImageCell.of(PixelImage.rgb(xAdv), "+ bag@top_left"),
 *          ImageCell.of(Perturbation.diverging(delta, eps / 10)))
 *     .build().render(Path.of("panel.png"));
 * }</pre>
 */
public final class ImageGrid implements Chart {
    private final String title;
    private final List<String> columnTitles;
    private final List<String> rowTitles;
    private final List<List<ImageCell>> rows;
    private final int columns;
    private final int cellSize;
    private final int width;
    private final int height;

    private ImageGrid(Builder b) {
        title = b.title;
        columnTitles = List.copyOf(b.columnTitles);
        rowTitles = List.copyOf(b.rowTitles);
        rows = b.rows.stream().map(List::copyOf).toList();
        columns = Math.max(columnTitles.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        cellSize = b.cellSize;
        Graphics2D g = Canvas.measuring(1);
        try {
            ImageGridLayout natural = ImageGridLayout.measure(g, this);
            // a little slack: text measured here at scale 1 can be a hair narrower than at the render scale
            width = Math.max(ChartSizes.MIN, (int) Math.ceil(natural.contentWidth() + 2));
            height = Math.max(ChartSizes.MIN, (int) Math.ceil(natural.contentHeight() + 2));
        } finally {
            g.dispose();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g, Box area) {
        ImageGridPainter.paint(g, this, ImageGridLayout.measure(g, this).placedIn(area));
    }

    /** Where the image of cell (row, column) is drawn, in device pixels of {@link #toImage(double)}. */
    Box imageBox(int row, int column, double scale) {
        Graphics2D g = Canvas.measuring(scale);
        try {
            ImageGridLayout layout = ImageGridLayout.measure(g, this).placedIn(new Box(0, 0, width, height));
            Box box = layout.imageBox(row, column, cell(row, column).image());
            return new Box(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale);
        } finally {
            g.dispose();
        }
    }

    String title() {
        return title;
    }

    List<String> columnTitles() {
        return columnTitles;
    }

    /** The title of {@code row}, empty when none was given. */
    String rowTitle(int row) {
        return row < rowTitles.size() ? rowTitles.get(row) : "";
    }

    boolean hasRowTitles() {
        return rowTitles.stream().anyMatch(t -> !t.isEmpty());
    }

    int rowCount() {
        return rows.size();
    }

    int columnCount() {
        return columns;
    }

    int cellSize() {
        return cellSize;
    }

    /** The cell at (row, column); blank beyond the end of a short row. */
    ImageCell cell(int row, int column) {
        List<ImageCell> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : ImageCell.empty();
    }

    public static final class Builder {
        private String title = "";
        private final List<String> columnTitles = new ArrayList<>();
        private final List<String> rowTitles = new ArrayList<>();
        private final List<List<ImageCell>> rows = new ArrayList<>();
        private int cellSize = 160;

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

        /** Side of each (square) image cell in logical units. */
        public Builder cellSize(int value) {
            if (value < 16 || value > 2000) {
                throw new IllegalArgumentException("image cell size must be in 16..2000 logical units, got " + value);
            }
            cellSize = value;
            return this;
        }

        public Builder row(ImageCell... cells) {
            return row("", cells);
        }

        /** A row with a title on its left (empty for none). */
        public Builder row(String rowTitle, ImageCell... cells) {
            return row(rowTitle, Arrays.asList(cells));
        }

        public Builder row(String rowTitle, List<ImageCell> cells) {
            for (ImageCell cell : cells) {
                Objects.requireNonNull(cell, "cell (use ImageCell.empty() for a gap)");
            }
            rowTitles.add(Objects.requireNonNullElse(rowTitle, ""));
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /** Builds the grid; one without any cell still renders, as its title and a "no data" note. */
        public ImageGrid build() {
            return new ImageGrid(this);
        }
    }
}
