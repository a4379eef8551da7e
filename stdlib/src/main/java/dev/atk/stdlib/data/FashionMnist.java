package dev.atk.stdlib.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Fashion-MNIST IDX files of the Debian package {@code dataset-fashion-mnist}
 * ({@code /usr/share/datasets/fashion-mnist}, overridable with the system property
 * {@code atk.fashion.dir} or the environment variable {@code ATK_FASHION_DIR}).
 */
public final class FashionMnist {
    public static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");

    private final Path dir;
    private final Map<Split, SplitImages> cache = new EnumMap<>(Split.class);

    /** Images of one split: the whole IDX file plus, per class, the image indices the split may use. */
    public record SplitImages(Split split, IdxReader.Images images, byte[] classes, int[][] byClass) {
        /** Copies image {@code index} (an index into the IDX file) into {@code dst} at row/col offset. */
        public void blit(int index, byte[] dst, int dstWidth, int top, int left) {
            int rows = images.rows();
            int cols = images.cols();
            int src = index * rows * cols;
            for (int r = 0; r < rows; r++) {
                System.arraycopy(images.pixels(), src + r * cols, dst, (top + r) * dstWidth + left, cols);
            }
        }
    }

    public FashionMnist(Path dir) {
        this.dir = dir;
    }

    /** The installed dataset, at the configured or default location. */
    public static FashionMnist installed() {
        return new FashionMnist(defaultDir());
    }

    public static Path defaultDir() {
        String prop = System.getProperty("atk.fashion.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("ATK_FASHION_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return DEFAULT_DIR;
    }

    /** True when all four IDX files are present in {@link #defaultDir()}. */
    public static boolean isInstalled() {
        return installed().filesPresent();
    }

    public boolean filesPresent() {
        for (String prefix : List.of("train", "t10k")) {
            if (!Files.isRegularFile(imagesFile(prefix)) || !Files.isRegularFile(labelsFile(prefix))) {
                return false;
            }
        }
        return true;
    }

    public Path dir() {
        return dir;
    }

    public Path imagesFile(String prefix) {
        return dir.resolve(prefix + "-images-idx3-ubyte.gz");
    }

    public Path labelsFile(String prefix) {
        return dir.resolve(prefix + "-labels-idx1-ubyte.gz");
    }

    /** Loads (once) the images a split may use. */
    public synchronized SplitImages split(Split split) {
        SplitImages cached = cache.get(split);
        if (cached != null) {
            return cached;
        }
        for (SplitImages other : cache.values()) {
            if (other.split().filePrefix().equals(split.filePrefix())) {
                SplitImages s = index(split, other.images(), other.classes());
                cache.put(split, s);
                return s;
            }
        }
        Path imagesPath = imagesFile(split.filePrefix());
        Path labelsPath = labelsFile(split.filePrefix());
        if (!Files.isRegularFile(imagesPath)) {
            throw new DataException(imagesPath + ": Fashion-MNIST file not found"
                    + " (install the Debian package dataset-fashion-mnist or set -Datk.fashion.dir)");
        }
        IdxReader.Images images = IdxReader.readImages(imagesPath);
        byte[] labels = IdxReader.readLabels(labelsPath);
        if (images.count() != labels.length) {
            throw new DataException(String.format("%s: %d images but %s has %d labels",
                    imagesPath, images.count(), labelsPath.getFileName(), labels.length));
        }
        if (images.rows() != FashionLabels.CELL || images.cols() != FashionLabels.CELL) {
            throw new DataException(String.format("%s: images are %d×%d, expected 28×28",
                    imagesPath, images.rows(), images.cols()));
        }
        if (images.count() < split.endImage()) {
            throw new DataException(String.format("%s: %d images, split %s needs %d",
                    imagesPath, images.count(), split.id(), split.endImage()));
        }
        SplitImages s = index(split, images, labels);
        cache.put(split, s);
        return s;
    }

    private static SplitImages index(Split split, IdxReader.Images images, byte[] labels) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < FashionLabels.NUM_CLASSES; c++) {
            lists.add(new ArrayList<>());
        }
        for (int i = split.firstImage(); i < split.endImage(); i++) {
            int c = labels[i] & 0xff;
            if (c >= FashionLabels.NUM_CLASSES) {
                throw new DataException("Fashion-MNIST label " + c + " at index " + i + " is out of range 0..9");
            }
            lists.get(c).add(i);
        }
        int[][] byClass = new int[FashionLabels.NUM_CLASSES][];
        for (int c = 0; c < byClass.length; c++) {
            byClass[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return new SplitImages(split, images, labels, byClass);
    }
}
