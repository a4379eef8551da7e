package dev.atk.stdlib.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A batch of images decoded and resized on the host, not yet on the device: what a prefetch thread prepares while
 * the device attacks the previous batch, so that only the upload is left for the attack's own thread.
 *
 * @param pixels B·C·H·W floats in [0,1], row-major
 * @param shape B×C×H×W (B×1×H×W for grey images)
 */
public record HostImages(float[] pixels, Shape shape) {
    public HostImages {
        if (pixels.length != shape.size()) {
            throw new IllegalArgumentException(pixels.length + " pixels for shape " + shape);
        }
    }

    /** The tensor, allocated in {@code manager} on its device. */
    public NDArray upload(NDManager manager) {
        return manager.create(pixels, shape);
    }

    /** Images in the batch. */
    public int count() {
        return (int) shape.get(0);
    }
}
