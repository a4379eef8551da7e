package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.atk.stdlib.data.ImageSet;

/**
 * The images a universal perturbation is trained or tested on ({@link UniversalTopK}), addressed 0..size−1. Images are
 * loaded on demand, a few at a time, so a training set of thousands never has to sit in memory at once (the reference
 * trains on 3000 AP-1 images).
 */
public interface ImageSource {

    int size();

    /** B×C×H×W images in the model's input range, allocated in {@code manager}. */
    NDArray images(NDManager manager, int[] indices);

    /** Ground truth of image {@code index}, 0/1 per label. */
    int[] groundTruth(int index);

    /** The item recorded in outcomes for image {@code index} (its index in the data set). */
    default int item(int index) {
        return index;
    }

    /** Images already in memory (N×C×H×W, kept by the caller) with their ground truths. */
    static ImageSource of(NDArray images, int[][] groundTruth) {
        if (images.getShape().get(0) != groundTruth.length) {
            throw new IllegalArgumentException("images and ground truths disagree on the count");
        }
        return new ImageSource() {
            @Override
            public int size() {
                return groundTruth.length;
            }

            @Override
            public NDArray images(NDManager manager, int[] indices) {
                try (NDManager scratch = manager.newSubManager()) {
                    NDList rows = new NDList();
                    for (int i : indices) {
                        NDArray row = images.get(i + ":" + (i + 1));
                        row.attach(scratch); // slices land in the images' manager: move them to be freed here
                        rows.add(row);
                    }
                    NDArray out = NDArrays.concat(rows);
                    out.attach(manager);
                    return out;
                }
            }

            @Override
            public int[] groundTruth(int index) {
                return groundTruth[index].clone();
            }
        };
    }

    /** Items {@code items} of a data set, delivered at the model's input size (pixels in [0, 1]). */
    static ImageSource of(ImageSet set, int[] items, int height, int width) {
        int[] copy = items.clone();
        return new ImageSource() {
            @Override
            public int size() {
                return copy.length;
            }

            @Override
            public NDArray images(NDManager manager, int[] indices) {
                int[] picked = new int[indices.length];
                for (int i = 0; i < indices.length; i++) {
                    picked[i] = copy[indices[i]];
                }
                return set.images(manager, picked, height, width);
            }

            @Override
            public int[] groundTruth(int index) {
                return set.groundTruth(copy[index]);
            }

            @Override
            public int item(int index) {
                return copy[index];
            }
        };
    }
}
