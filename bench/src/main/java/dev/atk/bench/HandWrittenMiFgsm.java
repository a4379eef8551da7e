package dev.atk.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.stdlib.model.Classifier;

/**
 * The baseline for the engine-overhead benchmark: MI-FGSM with BCE written directly against DJL, the way a
 * researcher would write it by hand — the same passes as ATK's run (one clean forward, int(ε/α) forward+backward
 * steps, one final forward), with no plan, no log and no progress.
 */
final class HandWrittenMiFgsm {
    private HandWrittenMiFgsm() {}

    /** Returns the total number of flipped labels over the batch. */
    static long run(Classifier model, NDManager root, NDArray images, double alpha, int iterations) {
        NDArray clean = images.duplicate();
        NDArray targets;
        try (NDManager m = root.newSubManager()) {
            NDArray input = clean.duplicate();
            input.attach(m);
            NDArray conf = Activation.sigmoid(model.logits(input));
            targets = conf.gt(0.5).toType(clean.getDataType(), false).neg().add(1);
            targets.attach(root);
        }
        NDArray x = clean.duplicate();
        NDArray g = clean.zerosLike();
        for (int i = 0; i < iterations; i++) {
            try (NDManager m = root.newSubManager()) {
                NDArray xi = x.duplicate();
                xi.attach(m);
                xi.setRequiresGradient(true);
                NDArray t = targets.duplicate();
                t.attach(m);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray y = Activation.sigmoid(model.logits(xi));
                    NDArray loss = bce(y, t);
                    collector.backward(loss);
                }
                NDArray grad = xi.getGradient();
                NDArray l1 = grad.abs().sum(new int[] {1, 2, 3}, true);
                NDArray normalised = grad.div(l1.maximum(Float.MIN_VALUE));
                NDArray gm = g.duplicate();
                gm.attach(m);
                NDArray nextG = gm.add(normalised);
                NDArray xm = x.duplicate();
                xm.attach(m);
                NDArray nextX = xm.sub(nextG.sign().mul(alpha));
                nextG.attach(root);
                nextX.attach(root);
                g.close();
                x.close();
                g = nextG;
                x = nextX;
            }
        }
        long flips;
        try (NDManager m = root.newSubManager()) {
            NDArray adv = x.clip(0, 1);
            adv.attach(m);
            NDArray before = targets.duplicate();
            before.attach(m);
            NDArray predAdv = Activation.sigmoid(model.logits(adv)).gt(0.5).toType(adv.getDataType(), false);
            // a label flipped iff its adversarial prediction equals its target (= not its clean prediction)
            flips = predAdv.eq(before).sum().toType(ai.djl.ndarray.types.DataType.INT64, false).getLong();
        }
        return flips;
    }

    /** torch.nn.BCELoss (mean, log clamped at −100). */
    private static NDArray bce(NDArray y, NDArray t) {
        NDArray logY = y.log().maximum(-100);
        NDArray log1mY = y.neg().add(1).log().maximum(-100);
        return t.mul(logY).add(t.neg().add(1).mul(log1mY)).mean().neg();
    }
}
