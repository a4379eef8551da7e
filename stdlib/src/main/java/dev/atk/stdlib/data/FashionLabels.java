package dev.atk.stdlib.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The scene label space: garment class × quadrant, 40 labels in <b>class-major</b> order:
 * label {@code index = 4 * class + quadrant}, named {@code class@quadrant}, e.g. label 0 is
 * {@code tshirt@top_left}, label 5 is {@code trouser@top_right}, label 39 is {@code ankle_boot@bottom_right}.
 */
public final class FashionLabels {
    /** Fashion-MNIST class names, in the dataset's class-id order 0..9. */
    public static final List<String> CLASSES = List.of(
            "tshirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle_boot");
    /** Quadrants in cell order 0..3 (row-major over the 2×2 grid). */
    public static final List<String> QUADRANTS = List.of("top_left", "top_right", "bottom_left", "bottom_right");

    public static final int TSHIRT = 0, TROUSER = 1, PULLOVER = 2, DRESS = 3, COAT = 4,
            SANDAL = 5, SHIRT = 6, SNEAKER = 7, BAG = 8, ANKLE_BOOT = 9;

    public static final int NUM_CLASSES = 10;
    public static final int NUM_CELLS = 4;
    public static final int NUM_LABELS = NUM_CLASSES * NUM_CELLS;
    public static final int CELL = 28;
    public static final int SIZE = 2 * CELL;

    private static final List<String> NAMES = buildNames();

    private FashionLabels() {}

    /** The 40 label names in label order. */
    public static List<String> names() {
        return NAMES;
    }

    public static int label(int garmentClass, int cell) {
        return garmentClass * NUM_CELLS + cell;
    }

    public static int classOf(int label) {
        return label / NUM_CELLS;
    }

    public static int cellOf(int label) {
        return label % NUM_CELLS;
    }

    private static List<String> buildNames() {
        List<String> names = new ArrayList<>(NUM_LABELS);
        for (String c : CLASSES) {
            for (String q : QUADRANTS) {
                names.add(c + "@" + q);
            }
        }
        return List.copyOf(names);
    }
}
