package dev.atk.spi;

/**
 * How many images share a tensor when a model is attacked, and where that number came from: a script's {@code set
 * batch}, or the backend's choice from the device's memory and what one image of the model takes there
 * (docs/gpu.md, "Batch size").
 *
 * @param images images per tensor, at least 1
 * @param chosen whether the backend chose it (no {@code set batch})
 * @param reason one line for the user, e.g. {@code batch 6 for resnet50_448 on cpu (about 1.1 GB per image, 11.9 GB
 *     available)}
 */
public record BatchChoice(int images, boolean chosen, String reason) {

    public BatchChoice {
        if (images < 1) {
            throw new IllegalArgumentException("a batch holds at least one image, not " + images);
        }
    }

    /** The batch a script set. */
    public static BatchChoice given(int images) {
        return new BatchChoice(images, false, "batch " + images + " (set batch)");
    }
}
