package dev.atk.chart;

import java.util.List;
import java.util.Objects;

/**
 * One cell of an {@link ImageGrid}: an image (null leaves the cell blank) and caption paragraphs under it. A
 * paragraph that lists labels ("+Ankle boot, −Bag") wraps only after its commas, never inside a label.
 */
public record ImageCell(PixelImage image, List<String> caption) {
    public ImageCell {
        caption = List.copyOf(Objects.requireNonNull(caption, "caption"));
    }

    public static ImageCell of(PixelImage image, String... paragraphs) {
        return new ImageCell(Objects.requireNonNull(image, "image"), List.of(paragraphs));
    }

    public static ImageCell of(PixelImage image, List<String> paragraphs) {
        return new ImageCell(Objects.requireNonNull(image, "image"), paragraphs);
    }

    /** A blank cell, to leave a gap in a row. */
    public static ImageCell empty() {
        return new ImageCell(null, List.of());
    }
}
