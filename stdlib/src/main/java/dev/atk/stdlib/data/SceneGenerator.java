package dev.atk.stdlib.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds composite scenes from Fashion-MNIST images, deterministically.
 *
 * <p>Scene {@code k} of a split depends only on (seed, split, k): its random stream is a
 * {@link SplittableRandom} seeded from those three, so a prefix of a larger set equals a smaller set,
 * and train/val/test scenes never share source images (see {@link Split}).
 *
 * <p>Recipe: draw an outfit template by weight ({@link Outfit#CATALOGUE}); keep each slot with its
 * probability; the {@code random} template takes 1–4 uniform classes; with probability 0.12 add one
 * extra uniform garment; keep at most 4 and at least 1. Place garments one by one: tops (t-shirt,
 * pullover, dress, coat, shirt) go to the top row with probability 0.8, shoes to the bottom row with
 * probability 0.8, trousers to the bottom row with probability 0.6, bags anywhere; the column is
 * uniform among free cells of the chosen row (any free cell when that row is full). Each garment's
 * pixels are a uniformly drawn image of its class from the split's image range.
 */
public final class SceneGenerator {
    public static final String DATASET = "fashion";
    /** Seed of the shipped sample and of the bundled model's training data. */
    public static final long DEFAULT_SEED = 20_170_828L;

    static final double EXTRA_ITEM = 0.12;
    static final double TOP_ROW_BIAS = 0.8;
    static final double SHOE_ROW_BIAS = 0.8;
    static final double TROUSER_ROW_BIAS = 0.6;

    private final FashionMnist source;
    private final long seed;

    public SceneGenerator(FashionMnist source, long seed) {
        this.source = source;
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** Scenes {@code first .. first+count-1} of {@code split}. */
    public SceneSet generate(Split split, int first, int count) {
        FashionMnist.SplitImages images = source.split(split);
        int size = FashionLabels.SIZE;
        int cells = FashionLabels.NUM_CELLS;
        int words = SceneSet.wordsFor(FashionLabels.NUM_LABELS);
        byte[] pixels = new byte[Math.multiplyExact(count, size * size)];
        long[] bits = new long[count * words];
        int[] sources = new int[count * cells];
        byte[] canvas = new byte[size * size];
        for (int i = 0; i < count; i++) {
            SplittableRandom rng = new SplittableRandom(sceneSeed(seed, split, first + i));
            int[] cellClass = layout(rng);
            java.util.Arrays.fill(canvas, (byte) 0);
            for (int cell = 0; cell < cells; cell++) {
                int c = cellClass[cell];
                if (c < 0) {
                    sources[i * cells + cell] = -1;
                    continue;
                }
                int[] pool = images.byClass()[c];
                int img = pool[rng.nextInt(pool.length)];
                sources[i * cells + cell] = img;
                images.blit(img, canvas, size, (cell / 2) * FashionLabels.CELL, (cell % 2) * FashionLabels.CELL);
                int label = FashionLabels.label(c, cell);
                bits[i * words + (label >>> 6)] |= 1L << (label & 63);
            }
            System.arraycopy(canvas, 0, pixels, i * size * size, size * size);
        }
        return new SceneSet(DATASET, split, seed, first, count, size, size, FashionLabels.names(), cells,
                pixels, bits, sources);
    }

    /** Garment class per cell (-1: empty) for one scene. */
    static int[] layout(SplittableRandom rng) {
        Outfit outfit = Outfit.CATALOGUE.get(Outfit.pick(weights(), rng));
        List<Integer> garments = new ArrayList<>();
        if (outfit.slots().isEmpty()) {
            int n = 1 + rng.nextInt(4);
            for (int k = 0; k < n; k++) {
                garments.add(rng.nextInt(FashionLabels.NUM_CLASSES));
            }
        } else {
            for (Outfit.Slot slot : outfit.slots()) {
                if (rng.nextDouble() < slot.probability()) {
                    garments.add(slot.draw(rng));
                }
            }
        }
        if (rng.nextDouble() < EXTRA_ITEM) {
            garments.add(rng.nextInt(FashionLabels.NUM_CLASSES));
        }
        while (garments.size() > FashionLabels.NUM_CELLS) {
            garments.remove(garments.size() - 1);
        }
        if (garments.isEmpty()) {
            garments.add(rng.nextInt(FashionLabels.NUM_CLASSES));
        }
        int[] cellClass = {-1, -1, -1, -1};
        for (int c : garments) {
            cellClass[place(c, cellClass, rng)] = c;
        }
        return cellClass;
    }

    private static int place(int garmentClass, int[] cellClass, SplittableRandom rng) {
        int preferredRow = -1;
        double bias = 0;
        switch (garmentClass) {
            case FashionLabels.TSHIRT, FashionLabels.PULLOVER, FashionLabels.DRESS, FashionLabels.COAT,
                    FashionLabels.SHIRT -> {
                preferredRow = 0;
                bias = TOP_ROW_BIAS;
            }
            case FashionLabels.SANDAL, FashionLabels.SNEAKER, FashionLabels.ANKLE_BOOT -> {
                preferredRow = 1;
                bias = SHOE_ROW_BIAS;
            }
            case FashionLabels.TROUSER -> {
                preferredRow = 1;
                bias = TROUSER_ROW_BIAS;
            }
            default -> { }
        }
        double u = rng.nextDouble();
        if (preferredRow >= 0 && u < bias) {
            int cell = freeCell(cellClass, preferredRow, rng);
            if (cell >= 0) {
                return cell;
            }
        }
        return freeCell(cellClass, -1, rng);
    }

    /** A uniform free cell in {@code row} (or anywhere when row is -1); -1 when none. */
    private static int freeCell(int[] cellClass, int row, SplittableRandom rng) {
        int[] free = new int[4];
        int n = 0;
        for (int cell = 0; cell < 4; cell++) {
            if (cellClass[cell] < 0 && (row < 0 || cell / 2 == row)) {
                free[n++] = cell;
            }
        }
        return n == 0 ? -1 : free[rng.nextInt(n)];
    }

    private static double[] weights() {
        double[] w = new double[Outfit.CATALOGUE.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = Outfit.CATALOGUE.get(k).weight();
        }
        return w;
    }

    /** The seed of scene {@code index} of {@code split}: a SplitMix64 mix of (seed, split, index). */
    static long sceneSeed(long seed, Split split, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + (split.ordinal() + 1) * 0xBF58476D1CE4E5B9L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
