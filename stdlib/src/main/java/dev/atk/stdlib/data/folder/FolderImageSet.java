package dev.atk.stdlib.data.folder;

import ai.djl.ndarray.types.Shape;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.HostImages;
import dev.atk.stdlib.data.ImageSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A data set whose images are files in a user's folder (MS-COCO, VOC, NUS-WIDE): ids, files and labels are read from
 * the annotations when the set is opened; pixels are decoded only when a batch asks for them, then resized to the
 * model's input like the reference's {@code Resize((H,W))} + {@code ToTensor} and kept in an {@link ImageCache}.
 */
public final class FolderImageSet implements ImageSet {
    private final String name;
    private final List<String> labelNames;
    private final String[] ids;
    private final Path[] files;
    private final long[] labelBits;
    private final int words;
    private final ImageCache cache;
    private final Function<Path, RgbImage> decoder;

    private FolderImageSet(Builder b, ImageCache cache, Function<Path, RgbImage> decoder) {
        this.name = b.name;
        this.labelNames = b.labelNames;
        this.words = b.words;
        this.ids = b.ids.toArray(String[]::new);
        this.files = b.files.toArray(Path[]::new);
        this.labelBits = Arrays.copyOf(b.bits, ids.length * words);
        this.cache = Objects.requireNonNull(cache);
        this.decoder = Objects.requireNonNull(decoder);
    }

    /** Collects items while an adapter reads its annotations. */
    public static final class Builder {
        private final String name;
        private final List<String> labelNames;
        private final int words;
        private final List<String> ids = new ArrayList<>();
        private final List<Path> files = new ArrayList<>();
        private long[] bits = new long[64];

        /** @param name e.g. {@code coco2014/val} */
        public Builder(String name, List<String> labelNames) {
            this.name = Objects.requireNonNull(name);
            this.labelNames = List.copyOf(labelNames);
            this.words = Math.max(1, (labelNames.size() + 63) / 64);
        }

        /** Adds an item with the given positive label indices. */
        public Builder add(String id, Path file, int[] positives) {
            int i = ids.size();
            ids.add(Objects.requireNonNull(id));
            files.add(Objects.requireNonNull(file));
            if ((i + 1) * words > bits.length) {
                bits = Arrays.copyOf(bits, Math.max(bits.length * 2, (i + 1) * words));
            }
            for (int label : positives) {
                if (label < 0 || label >= labelNames.size()) {
                    throw new IllegalArgumentException("label " + label + " of " + labelNames.size());
                }
                bits[i * words + (label >>> 6)] |= 1L << (label & 63);
            }
            return this;
        }

        public int count() {
            return ids.size();
        }

        public FolderImageSet build(ImageCache cache) {
            return new FolderImageSet(this, cache, ImageFiles::read);
        }

        /** With another decoder (tests count decodes with it). */
        FolderImageSet build(ImageCache cache, Function<Path, RgbImage> decoder) {
            return new FolderImageSet(this, cache, decoder);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int count() {
        return ids.length;
    }

    @Override
    public List<String> labelNames() {
        return labelNames;
    }

    @Override
    public String itemId(int i) {
        checkIndex(i);
        return ids[i];
    }

    /** The image file of item {@code i} (it may not exist: that is found out when its pixels are asked for). */
    public Path file(int i) {
        checkIndex(i);
        return files[i];
    }

    @Override
    public boolean hasLabel(int i, int label) {
        checkIndex(i);
        if (label < 0 || label >= labelNames.size()) {
            throw new IndexOutOfBoundsException("label " + label + " of " + labelNames.size() + " in " + name);
        }
        return (labelBits[i * words + (label >>> 6)] >>> (label & 63) & 1L) != 0;
    }

    /** Positive label indices of item {@code i}, ascending. */
    public int[] labels(int i) {
        return java.util.stream.IntStream.range(0, numLabels()).filter(j -> hasLabel(i, j)).toArray();
    }

    @Override
    public int channels() {
        return 3;
    }

    @Override
    public Optional<int[]> fixedSize() {
        return Optional.empty();
    }

    /**
     * B×3×H×W float32 in [0,1]: each item's file decoded to RGB, resized with Pillow's bilinear filter to
     * {@code height}×{@code width} and divided by 255.
     *
     * @throws DataException naming the item and file when an image is missing or cannot be decoded
     */
    @Override
    public HostImages hostImages(int[] indices, int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image size " + height + "×" + width + " for " + name);
        }
        int plane = 3 * height * width;
        float[] out = new float[indices.length * plane];
        for (int b = 0; b < indices.length; b++) {
            byte[] chw = pixels(indices[b], height, width);
            for (int k = 0; k < plane; k++) {
                out[b * plane + k] = (chw[k] & 0xff) / 255f;
            }
        }
        return new HostImages(out, new Shape(indices.length, 3, height, width));
    }

    /** Item {@code i} as uint8 C×H×W at the given size, from the cache when it is there. Do not modify the result. */
    public byte[] pixels(int i, int height, int width) {
        checkIndex(i);
        Path file = files[i];
        return cache.get(new ImageCache.Key(file, height, width), () -> {
            RgbImage decoded;
            try {
                decoded = decoder.apply(file);
            } catch (DataException e) {
                throw new DataException(ids[i] + ": " + e.getMessage(), e);
            }
            return PilResize.resize(decoded, height, width).toChw();
        });
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= ids.length) {
            throw new IndexOutOfBoundsException("item " + i + " of " + ids.length + " in " + name);
        }
    }

    @Override
    public String toString() {
        return name + " (" + ids.length + " images, " + labelNames.size() + " labels)";
    }
}
