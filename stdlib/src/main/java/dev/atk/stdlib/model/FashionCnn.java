package dev.atk.stdlib.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

/**
 * Architecture {@code fashion_cnn_v2}: a small CNN for 1×56×56 scenes that keeps spatial layout up to
 * the head (labels are per quadrant, so no global pooling), with no BatchNorm or Dropout (eval and
 * train mode compute the same function). Output: logits.
 *
 * <pre>
 * conv 3×3 16, pad 1 → relu → maxpool 2   (16×28×28)
 * conv 3×3 32, pad 1 → relu → maxpool 2   (32×14×14)
 * conv 3×3 32, pad 1 → relu → maxpool 2   (32×7×7)
 * flatten (1568) → dense 128 → relu → dense L
 * </pre>
 *
 * <p>Why these widths: an attack costs hundreds of forward+backward passes per image, and the paper's protocol
 * (a 100-image profile, 7 budgets, several losses) must run on a 2-core laptop in minutes. v1 (32/64/64) cost
 * 23 M multiply-adds per image for the same mAP within a point; v2 costs 6 M.
 */
public final class FashionCnn {
    public static final String ARCHITECTURE = "fashion_cnn_v2";
    public static final Shape INPUT_SHAPE = new Shape(1, 1, 56, 56);

    private FashionCnn() {}

    /** A fresh, uninitialised block with {@code numLabels} outputs. */
    public static SequentialBlock build(int numLabels) {
        return new SequentialBlock()
                .add(conv(16)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(conv(32)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(conv(32)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(128).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(numLabels).build());
    }

    private static Conv2d conv(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(filters)
                .build();
    }
}
