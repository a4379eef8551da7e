package dev.atk.stdlib.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of composite scenes: grayscale uint8 pixels, multi-hot labels and provenance
 * (the source Fashion-MNIST image index of every cell, {@code -1} for an empty cell).
 *
 * <p>Item {@code i} has the id {@code <dataset>/<split>/<nnnnnn>} where {@code nnnnnn} is its scene
 * index in the generator ({@link #firstIndex()} + i), so the same scene has the same id wherever it is
 * loaded from.
 */
public final class SceneSet implements ImageSet {
    private final String dataset;
    private final Split split;
    private final long seed;
    private final int firstIndex;
    private final int count;
    private final int height;
    private final int width;
    private final List<String> labelNames;
    private final int cells;
    private final byte[] pixels;
    private final long[] labelBits;
    private final int[] sources;
    private final int words;

    /**
     * @param pixels    count×height×width uint8, row-major
     * @param labelBits count×ceil(L/64) words; label j of item i is bit (j%64) of word i*words + j/64
     * @param sources   count×cells source image indices (-1: empty cell)
     */
    public SceneSet(String dataset, Split split, long seed, int firstIndex, int count, int height, int width,
            List<String> labelNames, int cells, byte[] pixels, long[] labelBits, int[] sources) {
        this.dataset = Objects.requireNonNull(dataset);
        this.split = Objects.requireNonNull(split);
        this.seed = seed;
        this.firstIndex = firstIndex;
        this.count = count;
        this.height = height;
        this.width = width;
        this.labelNames = List.copyOf(labelNames);
        this.cells = cells;
        this.words = wordsFor(labelNames.size());
        if (pixels.length != (long) count * height * width || labelBits.length != (long) count * words
                || sources.length != (long) count * cells) {
            throw new DataException("scene set " + dataset + "/" + split.id() + ": array sizes do not match count "
                    + count);
        }
        this.pixels = pixels;
        this.labelBits = labelBits;
        this.sources = sources;
    }

    static int wordsFor(int numLabels) {
        return (numLabels + 63) / 64;
    }

    public String dataset() {
        return dataset;
    }

    public Split split() {
        return split;
    }

    /** The generator seed these scenes came from. */
    public long seed() {
        return seed;
    }

    /** Generator index of item 0. */
    public int firstIndex() {
        return firstIndex;
    }

    public int count() {
        return count;
    }

    public int channels() {
        return 1;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int numLabels() {
        return labelNames.size();
    }

    public List<String> labelNames() {
        return labelNames;
    }

    /** Cells per scene (4). */
    public int cells() {
        return cells;
    }

    /** Stable id, e.g. {@code fashion/test/000123}. */
    public String itemId(int i) {
        checkIndex(i);
        return String.format("%s/%s/%06d", dataset, split.id(), firstIndex + i);
    }

    /** Positive label indices of item {@code i}, ascending. */
    public int[] labels(int i) {
        checkIndex(i);
        int n = 0;
        int[] tmp = new int[numLabels()];
        for (int j = 0; j < numLabels(); j++) {
            if (hasLabel(i, j)) {
                tmp[n++] = j;
            }
        }
        return Arrays.copyOf(tmp, n);
    }

    public boolean hasLabel(int i, int label) {
        return (labelBits[i * words + (label >>> 6)] >>> (label & 63) & 1L) != 0;
    }

    /** Multi-hot label matrix, count×L. */
    public boolean[][] labelMatrix() {
        boolean[][] m = new boolean[count][numLabels()];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < numLabels(); j++) {
                m[i][j] = hasLabel(i, j);
            }
        }
        return m;
    }

    /** Source image index (into the split's IDX file) of a cell, or -1 for an empty cell. */
    public int source(int i, int cell) {
        checkIndex(i);
        return sources[i * cells + cell];
    }

    /** A copy of item {@code i}'s uint8 pixels (height×width, row-major). */
    public byte[] pixels(int i) {
        checkIndex(i);
        int n = height * width;
        return Arrays.copyOfRange(pixels, i * n, (i + 1) * n);
    }

    @Override
    public String name() {
        return dataset + "/" + split.id();
    }

    @Override
    public Optional<int[]> fixedSize() {
        return Optional.of(new int[] {height, width});
    }

    /** As {@link #images(NDManager, int[])}; scenes are generated at one size and are never resized. */
    @Override
    public HostImages hostImages(int[] indices, int height, int width) {
        if (height != this.height || width != this.width) {
            throw new DataException(name() + " scenes are " + this.height + "×" + this.width + ", not " + height + "×"
                    + width + " (generated scenes are not resized)");
        }
        return hostImages(indices);
    }

    /** B×1×H×W float32 images in [0,1] (pixel/255), allocated in {@code manager}. */
    public NDArray images(NDManager manager, int[] indices) {
        return hostImages(indices).upload(manager);
    }

    private HostImages hostImages(int[] indices) {
        int n = height * width;
        float[] out = new float[indices.length * n];
        for (int b = 0; b < indices.length; b++) {
            checkIndex(indices[b]);
            int src = indices[b] * n;
            int dst = b * n;
            for (int k = 0; k < n; k++) {
                out[dst + k] = (pixels[src + k] & 0xff) / 255f;
            }
        }
        return new HostImages(out, new Shape(indices.length, 1, height, width));
    }

    /** B×L float32 multi-hot targets (1 = positive), allocated in {@code manager}. */
    public NDArray targets(NDManager manager, int[] indices) {
        int l = numLabels();
        float[] out = new float[indices.length * l];
        for (int b = 0; b < indices.length; b++) {
            checkIndex(indices[b]);
            for (int j = 0; j < l; j++) {
                out[b * l + j] = hasLabel(indices[b], j) ? 1f : 0f;
            }
        }
        return manager.create(out, new Shape(indices.length, l));
    }

    /** The first {@code n} items (same ids). */
    public SceneSet head(int n) {
        if (n < 0 || n > count) {
            throw new IllegalArgumentException("head(" + n + ") of " + count + " scenes");
        }
        int px = height * width;
        return new SceneSet(dataset, split, seed, firstIndex, n, height, width, labelNames, cells,
                Arrays.copyOf(pixels, n * px), Arrays.copyOf(labelBits, n * words), Arrays.copyOf(sources, n * cells));
    }

    // Package-private raw access for the sample file writer (no copies).
    byte[] rawPixels() {
        return pixels;
    }

    long[] rawLabelBits() {
        return labelBits;
    }

    int[] rawSources() {
        return sources;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("scene " + i + " of " + count + " in " + dataset + "/" + split.id());
        }
    }
}
