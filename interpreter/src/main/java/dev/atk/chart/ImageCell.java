package dev.atk.chart;

import java.util.List;
import java.util.Objects;

/**
 * One cell of an {@link ImageGrid}: an image (null leaves the cell blank) and caption lines shown under it, each
 * wrapped to the cell width, e.g. {@code "+ bag@top_left"}, {@code "− shirt@top_right"}.
 */
public record ImageCell(PixelImage image, List<String> caption) {
    public ImageCell {
        caption = List.copyOf(Objects.requireNonNull(caption, "caption"));
    }

    public static ImageCell of(PixelImage image, String... captionLines) {
        return new ImageCell(Objects.requireNonNull(image, "image"), List.of(captionLines));
    }

    public static ImageCell of(PixelImage image, List<String> captionLines) {
        return new ImageCell(Objects.requireNonNull(image, "image"), captionLines);
    }

    /** A blank cell, to leave a gap in a row. */
    public static ImageCell empty() {
        return new ImageCell(null, List.of());
    }
}
