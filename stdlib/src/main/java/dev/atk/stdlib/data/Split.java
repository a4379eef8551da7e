package dev.atk.stdlib.data;

import java.util.Locale;

/**
 * Which Fashion-MNIST images a scene may use. Train and validation scenes are disjoint slices of
 * the Fashion-MNIST training file; test scenes use only the t10k file.
 */
public enum Split {
    /** Training images 0..49999 of {@code train-images-idx3-ubyte}. */
    TRAIN("train", 0, 50_000),
    /** Training images 50000..59999 of {@code train-images-idx3-ubyte}. */
    VAL("train", 50_000, 60_000),
    /** All 10000 images of {@code t10k-images-idx3-ubyte}. */
    TEST("t10k", 0, 10_000);

    private final String filePrefix;
    private final int firstImage;
    private final int endImage;

    Split(String filePrefix, int firstImage, int endImage) {
        this.filePrefix = filePrefix;
        this.firstImage = firstImage;
        this.endImage = endImage;
    }

    /** {@code train} or {@code t10k}: the IDX files this split reads. */
    public String filePrefix() {
        return filePrefix;
    }

    /** First image index (inclusive) of the IDX file this split may use. */
    public int firstImage() {
        return firstImage;
    }

    /** End image index (exclusive). */
    public int endImage() {
        return endImage;
    }

    /** Lower-case name used in item ids: {@code train}, {@code val}, {@code test}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Split parse(String s) {
        for (Split split : values()) {
            if (split.id().equalsIgnoreCase(s)) {
                return split;
            }
        }
        throw new DataException("unknown split '" + s + "' (expected train, val or test)");
    }
}
