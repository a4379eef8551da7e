package dev.atk.chart;

import java.util.List;

/**
 * Series colours that stay distinguishable for readers with the common forms of colour-vision deficiency: the
 * eight Okabe–Ito colours ("Color Universal Design", 2008), reordered so the first few are the most distinct on a
 * white background, with yellow (hard to see on white) moved last and a grey and a brown added before it.
 */
public final class Palette {
    private static final List<Rgb> COLOURS = List.of(
            new Rgb(0, 114, 178),    // blue
            new Rgb(213, 94, 0),     // vermillion
            new Rgb(0, 158, 115),    // bluish green
            new Rgb(204, 121, 167),  // reddish purple
            new Rgb(230, 159, 0),    // orange
            new Rgb(86, 180, 233),   // sky blue
            new Rgb(0, 0, 0),        // black
            new Rgb(128, 128, 128),  // grey
            new Rgb(140, 81, 10),    // brown
            new Rgb(240, 228, 66));  // yellow

    private Palette() {}

    /** The colour for the {@code index}-th series; indexes past the end wrap around (markers still differ). */
    public static Rgb colour(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("palette index must be >= 0, got " + index);
        }
        return COLOURS.get(index % COLOURS.size());
    }

    public static int size() {
        return COLOURS.size();
    }

    public static List<Rgb> colours() {
        return COLOURS;
    }
}
