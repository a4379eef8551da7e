package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.engine.Gradients;

/**
 * One batch's MI-FGSM state (ALGORITHMS.md §2): the clean images, the max-flip targets t = 1 − pred_clean, the
 * accumulated displacement {@code d} in units of α and the momentum {@code g}. The iterate is x_k = x − α·d, so for
 * L∞ every coordinate of x_k − x is an exact integer multiple of α (d holds integer step counts).
 *
 * <p>One {@link #step} is one reference iteration for every image at once: the gradient of the loss at the UNCLAMPED
 * iterate (on a fresh leaf), normalised per image (L1 for L∞, L2 for L2) because the reference runs batch 1,
 * g ← μ·g + n, and x ← x − α·sign(g) (L∞) or x − α·g (L2). An image whose gradient norm is 0 adds nothing to g and
 * does not move; with {@link MiFgsmConfig#stickyDead} it never moves again (torch's NaN momentum). Nothing is clamped
 * until a measurement, which clamps a copy. Every step runs in its own sub-manager; the state's arrays are replaced,
 * never grown, so memory stays flat; no host copies happen inside a step.
 */
public final class MiFgsmState implements AutoCloseable {
    private final Classifier model;
    private final MiFgsmConfig config;
    private final NDManager manager;
    private final int batch;
    private final int labels;
    private final Shape perImage;
    private final NDArray clean;
    private final NDArray cleanPred;
    private final NDArray target;
    private final NDArray weights;
    private final float[][] cleanConfidences;
    // The step's constants, made once per state: DJL turns every scalar operand (x.mul(α), x.gt(0)) into a fresh
    // 0-dim tensor, a native allocation and on a GPU a host-to-device copy per call. These are the very tensors those
    // calls would make (same values, same boxed types, so the same dtypes), so every result is bit for bit the same.
    private final NDArray alphaScalar;
    private final NDArray muScalar;
    private final NDArray zeroScalar;
    private final NDArray onesPerImage;
    private NDArray disp;
    private NDArray momentum;
    private NDArray alive;
    private int iterations;
    /** The projection after every step, bound to this batch; null for none (the reference MI-FGSM). */
    private Projection.Bound projection;

    /**
     * Runs the clean forward pass and sets up the state in a sub-manager of {@code parent}.
     *
     * @param images B×… clean images in the model's input range (copied; float32 or float64)
     * @param weights B×C per-label loss weights, or null for all labels with weight 1
     */
    public MiFgsmState(Classifier model, MiFgsmConfig config, NDManager parent, NDArray images, NDArray weights) {
        this(model, config, parent, images, null, weights);
    }

    /**
     * As above, with the clean confidences already computed (the plan's shared clean pass, B×C), or null to run
     * the clean forward pass here.
     */
    public MiFgsmState(Classifier model, MiFgsmConfig config, NDManager parent, NDArray images, float[][] cleanConfidences,
                       NDArray weights) {
        this(model, config, parent, images, cleanConfidences, weights, null);
    }

    /**
     * As above, with explicit targets (B×C in {0,1}) instead of the max-flip targets 1 − pred_clean: the correlation
     * extraction pushes one label up or down regardless of its clean prediction (ALGORITHMS.md §5.1–5.2). Flips are
     * still counted against the clean prediction.
     */
    public MiFgsmState(Classifier model, MiFgsmConfig config, NDManager parent, NDArray images, float[][] cleanConfidences,
                       NDArray weights, NDArray targets) {
        this.model = model;
        this.config = config;
        this.manager = parent.newSubManager();
        this.batch = (int) images.getShape().get(0);
        long[] dims = new long[images.getShape().dimension()];
        java.util.Arrays.fill(dims, 1);
        dims[0] = batch;
        this.perImage = new Shape(dims);
        this.clean = own(images.duplicate());
        DataType dtype = clean.getDataType();
        NDArray conf;
        if (cleanConfidences != null) {
            if (cleanConfidences.length != batch) {
                manager.close();
                throw new IllegalArgumentException(cleanConfidences.length + " clean rows for a batch of " + batch);
            }
            conf = manager.create(cleanConfidences).toType(dtype, false);
        } else {
            try (NDManager tmp = manager.newSubManager()) {
                clean.tempAttach(tmp);
                conf = Activation.sigmoid(model.logits(clean));
                conf.attach(manager);
            } catch (RuntimeException e) {
                manager.close();
                throw e;
            }
        }
        this.labels = (int) conf.getShape().get(1);
        this.cleanConfidences = toRows(conf.toType(DataType.FLOAT32, false).toFloatArray(), batch, labels);
        this.cleanPred = own(conf.gt(config.threshold()));
        this.target = own(targets == null ? cleanPred.logicalNot().toType(dtype, false) : targets.toType(dtype, true));
        conf.close();
        this.weights = weights == null ? null : own(weights.toType(dtype, true));
        this.disp = manager.zeros(clean.getShape(), dtype);
        this.momentum = manager.zeros(clean.getShape(), dtype);
        this.alive = manager.ones(new Shape(batch), DataType.BOOLEAN);
        this.alphaScalar = manager.create(config.alpha());
        this.muScalar = manager.create(config.mu());
        this.zeroScalar = manager.create(0);
        this.onesPerImage = manager.ones(new Shape(batch), dtype);
    }

    private NDArray own(NDArray a) {
        a.attach(manager);
        return a;
    }

    static float[][] toRows(float[] flat, int rows, int cols) {
        float[][] out = new float[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, out[i], 0, cols);
        }
        return out;
    }

    public int batch() {
        return batch;
    }

    /**
     * Constrains every step from now on (BIM and PGD project onto the ε-ball and the pixel range); the reference
     * MI-FGSM has no projection.
     */
    public MiFgsmState constrainedBy(Projection p) {
        this.projection = p.none() ? null
                : p.bind(clean, config.alpha(), config.clipMin(), config.clipMax(), perImage, manager);
        return this;
    }

    /**
     * Starts from displacement {@code d0} (B×…, in units of α: x_0 = x − α·d0) instead of the clean image, projected
     * like every step: PGD's random start. Call before the first step.
     */
    public MiFgsmState startingAt(NDArray d0) {
        if (iterations > 0) {
            throw new IllegalStateException("the start is set before the first step");
        }
        try (NDManager it = manager.newSubManager()) {
            NDArray start = d0.toType(disp.getDataType(), true);
            start.attach(it);
            NDArray d = projection == null ? start : projection.apply(start);
            d.attach(manager);
            disp.close();
            disp = d;
        }
        return this;
    }

    public int labels() {
        return labels;
    }

    /** Steps taken so far. */
    public int iterations() {
        return iterations;
    }

    public MiFgsmConfig config() {
        return config;
    }

    /** sigmoid(model(x)) of the clean images, B×C. */
    public float[][] cleanConfidences() {
        return cleanConfidences;
    }

    /** One MI-FGSM iteration for every image of the batch. */
    public void step(Loss loss) {
        NDArray oldDisp = disp;
        NDArray oldMomentum = momentum;
        NDArray oldAlive = alive;
        try (NDManager it = manager.newSubManager()) {
            // Long-lived arrays become receivers here, so every result lands in this iteration's manager (trap 5).
            clean.tempAttach(it);
            target.tempAttach(it);
            if (weights != null) {
                weights.tempAttach(it);
            }
            oldDisp.tempAttach(it);
            oldMomentum.tempAttach(it);
            oldAlive.tempAttach(it);

            NDArray grad = inputGradient(model, clean.sub(oldDisp.mul(alphaScalar)), loss, target, weights, labels);
            NDArray flat = grad.reshape(batch, -1);
            NDArray norm = config.norm() == Norm.LINF
                    ? flat.abs().sum(new int[] {1})
                    : flat.square().sum(new int[] {1}).sqrt();
            NDArray active = norm.gt(zeroScalar);
            if (config.stickyDead()) {
                active = active.logicalAnd(oldAlive);
            }
            NDArray safeNorm = NDArrays.where(active, norm, onesPerImage).reshape(perImage);
            NDArray activeB = active.reshape(perImage).broadcast(clean.getShape()); // where() does not broadcast
            // μ·g is g itself at the reference's μ = 1 (x·1 is exact), so that full-size product is skipped there
            NDArray decayed = config.mu() == 1.0 ? oldMomentum : oldMomentum.mul(muScalar);
            NDArray g = NDArrays.where(activeB, decayed.add(grad.div(safeNorm)), oldMomentum);
            NDArray direction = config.norm() == Norm.LINF ? g.sign() : g;
            NDArray moved = NDArrays.where(activeB, oldDisp.add(direction), oldDisp);
            NDArray d = projection == null ? moved : projection.apply(moved);
            g.attach(manager);
            d.attach(manager);
            momentum = g;
            disp = d;
            if (config.stickyDead()) {
                active.attach(manager);
                alive = active;
            }
        }
        oldDisp.close();
        oldMomentum.close();
        if (alive != oldAlive) {
            oldAlive.close();
        }
        iterations++;
    }

    /**
     * d loss / d x for a batch, as torch computes it: a fresh leaf (trap 2) so nothing accumulates, one gradient
     * collector, the loss's torch backward with the mean over {@code count} elements per image (C labels: batch
     * items then get exactly their batch-1 gradients). Results land in {@code x}'s manager.
     */
    public static NDArray inputGradient(Classifier model, NDArray x, Loss loss, NDArray target, NDArray weights,
                                        double count) {
        NDArray leaf = x.stopGradient();
        leaf.setRequiresGradient(true);
        try (GradientCollector gc = Gradients.collector()) {
            NDArray y = Activation.sigmoid(model.logits(leaf));
            gc.backward(loss.surrogate(y, target, weights, count));
        }
        return leaf.getGradient();
    }

    /** The unclamped iterate x − α·d, allocated in {@code m}. */
    public NDArray iterate(NDManager m) {
        NDArray x = copyInto(clean, m);
        return x.sub(copyInto(disp, m).mul(config.alpha()));
    }

    /** The displacement d in units of α (x_k = x − α·d), allocated in {@code m}. */
    public NDArray displacement(NDManager m) {
        return copyInto(disp, m);
    }

    /** The final image: the iterate clamped once to the pixel range, allocated in {@code m}. */
    public NDArray adversarial(NDManager m) {
        return iterate(m).clip(config.clipMin(), config.clipMax());
    }

    /**
     * Host copies of each image's clean pixels and its clamped iterate (C×H×W each), for {@code report … as images}.
     * Only called at a checkpoint when asked for, never inside the iteration loop.
     */
    public dev.atk.spi.AdversarialImage[] images() {
        try (NDManager m = manager.newSubManager()) {
            float[] x = copyInto(clean, m).toType(DataType.FLOAT32, false).toFloatArray();
            float[] adv = adversarial(m).toType(DataType.FLOAT32, false).toFloatArray();
            long[] dims = clean.getShape().getShape(); // B×C×H×W, or B×H×W for a one-channel model
            int c = dims.length == 4 ? (int) dims[1] : 1;
            int h = (int) dims[dims.length - 2];
            int w = (int) dims[dims.length - 1];
            int n = c * h * w;
            dev.atk.spi.AdversarialImage[] out = new dev.atk.spi.AdversarialImage[batch];
            for (int i = 0; i < batch; i++) {
                out[i] = new dev.atk.spi.AdversarialImage(c, h, w, java.util.Arrays.copyOfRange(x, i * n, (i + 1) * n),
                        java.util.Arrays.copyOfRange(adv, i * n, (i + 1) * n));
            }
            return out;
        }
    }

    /** Which images can still move (all, unless {@link MiFgsmConfig#stickyDead} stopped some). */
    public boolean[] alive() {
        return alive.toBooleanArray();
    }

    private static NDArray copyInto(NDArray a, NDManager m) {
        NDArray c = a.duplicate();
        c.attach(m);
        return c;
    }

    /** Clamps a copy of the iterate, predicts, and measures flips, distances and confidences per image. */
    public Measurement measure() {
        try (NDManager m = manager.newSubManager()) {
            NDArray adv = adversarial(m);
            NDArray conf = Activation.sigmoid(model.logits(adv));
            NDArray pred = conf.gt(config.threshold());
            NDArray flips = pred.logicalXor(copyInto(cleanPred, m)).toType(DataType.INT32, false).sum(new int[] {1})
                    .toType(DataType.INT32, false);
            NDArray delta = adv.sub(copyInto(clean, m)).toType(DataType.FLOAT64, false).reshape(batch, -1);
            NDArray sq = delta.square();
            double[] linf = delta.abs().max(new int[] {1}).toDoubleArray();
            double[] l2 = sq.sum(new int[] {1}).sqrt().toDoubleArray();
            double[] rmsd = sq.mean(new int[] {1}).sqrt().toDoubleArray();
            float[][] adversarial = toRows(conf.toType(DataType.FLOAT32, false).toFloatArray(), batch, labels);
            return new Measurement(flips.toIntArray(), linf, l2, rmsd, adversarial);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
