package dev.atk.stdlib.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Optional;

/**
 * A labelled image data set as the attacks see it: items addressed by index, each with a stable id and a multi-hot
 * ground truth, and pixels delivered as a float tensor in [0,1] at the size the model asks for.
 *
 * <p>Two kinds exist. Generated sets ({@link SceneSet}) have one fixed shape and refuse any other size. Folder sets
 * (MS-COCO, VOC, NUS-WIDE) hold images of many sizes and resize each to the model's input, as the reference's
 * {@code Resize((448,448))} + {@code ToTensor} does (ALGORITHMS.md §7.1).
 */
public interface ImageSet {

    /** e.g. {@code fashion/test} or {@code coco2014/val}. */
    String name();

    /** Number of items. */
    int count();

    /** Label names in index order (the data set's own order, e.g. COCO's category order). */
    List<String> labelNames();

    default int numLabels() {
        return labelNames().size();
    }

    /** Stable id of item {@code i}, recorded in every result (e.g. {@code coco2014/val/139}, the COCO image id). */
    String itemId(int i);

    /** Whether item {@code i} has label {@code label} in its ground truth. */
    boolean hasLabel(int i, int label);

    /** Colour channels of the delivered images (1 grey, 3 RGB). */
    int channels();

    /** The one size every image has, when the set cannot resize (generated scenes); empty when it resizes. */
    Optional<int[]> fixedSize();

    /**
     * B×C×H×W float32 images in [0,1] on the host: decoding and resizing, the part of loading that needs no device
     * and can run on another thread. Implementations must allow calls from several threads at once.
     *
     * @throws DataException when the set has a fixed size other than {@code height}×{@code width}, or an image cannot
     *                       be read
     */
    HostImages hostImages(int[] indices, int height, int width);

    /**
     * The same images as a tensor allocated in {@code manager}.
     *
     * @throws DataException as {@link #hostImages}
     */
    default NDArray images(NDManager manager, int[] indices, int height, int width) {
        return hostImages(indices, height, width).upload(manager);
    }

    /** Ground truth of one item, 0/1 per label. */
    default int[] groundTruth(int i) {
        int[] out = new int[numLabels()];
        for (int j = 0; j < out.length; j++) {
            out[j] = hasLabel(i, j) ? 1 : 0;
        }
        return out;
    }
}
