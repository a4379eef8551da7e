package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.AttackOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How the minimal-perturbation attacks move between a batch and its images. */
final class ImageBatch {
    private ImageBatch() {}

    /** One image's attack, in its own manager: the image (1×…), its item, its ±1 target (or null) and its start time. */
    interface OneImage {
        AttackOutcome attack(NDManager m, NDArray x, int item, float[] signs, long start);
    }

    /**
     * Attacks every image of the batch alone (ML-CW and the rank attacks run per image, as the reference: their early
     * stop and binary search are per image), each in a sub-manager of {@code parent} closed after it.
     */
    static List<AttackOutcome> eachAlone(NDManager parent, NDArray images, int[] items, float[][] signs,
                                         OneImage one) {
        List<AttackOutcome> out = new ArrayList<>(items.length);
        for (int b = 0; b < items.length; b++) {
            long start = System.nanoTime();
            try (NDManager m = parent.newSubManager()) {
                NDArray x = images.get(b + ":" + (b + 1)).duplicate();
                x.attach(m);
                out.add(one.attack(m, x, items[b], signs == null ? null : signs[b], start));
            }
        }
        return out;
    }

    /** B×1×…×1: one element per image, broadcastable against the batch. */
    static Shape perImage(Shape s) {
        long[] dims = new long[s.dimension()];
        Arrays.fill(dims, 1);
        dims[0] = s.get(0);
        return new Shape(dims);
    }

    /** Per image, {@code candidate} where {@code take} is true, else {@code current}, allocated in {@code m}. */
    static NDArray pick(NDManager m, boolean[] take, NDArray candidate, NDArray current) {
        NDArray mask = m.create(take).reshape(perImage(candidate.getShape())).broadcast(candidate.getShape());
        return NDArrays.where(mask, candidate, current);
    }

    /**
     * The images whose candidate beats their best so far: more labels on target, or as many with a smaller tie-break
     * (a norm); those images' best count and tie-break are updated in place.
     *
     * @param eligible which images may take their candidate at all (null: every image)
     */
    static boolean[] improved(boolean[] eligible, int[] count, double[] tie, int[] bestCount, double[] bestTie) {
        boolean[] better = new boolean[count.length];
        for (int b = 0; b < count.length; b++) {
            better[b] = (eligible == null || eligible[b])
                    && (count[b] > bestCount[b] || count[b] == bestCount[b] && tie[b] < bestTie[b]);
            if (better[b]) {
                bestCount[b] = count[b];
                bestTie[b] = tie[b];
            }
        }
        return better;
    }
}
