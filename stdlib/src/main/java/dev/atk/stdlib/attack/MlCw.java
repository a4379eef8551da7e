package dev.atk.stdlib.attack;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.List;

/**
 * ML-CW (Song et al.'s multi-label Carlini–Wagner, as van Thiel runs it; ALGORITHMS.md §8.2): a minimal-perturbation
 * attack with no budget, one image at a time as the reference runs.
 *
 * <p>The image is reparametrised in tanh space, x'(m) = (tanh(m + w0) + 1)/2 with w0 = artanh((2x − 1)·0.999999), so
 * every iterate is a valid image; Adam (lr 0.01) minimises const·Σ_i max(0, −y_t,i·(σ_i − 0.5)) + D over m, where
 * y_t ∈ {−1, +1} is the max-flip target and D is the L∞ distance max|x' − ref| ({@link Distance#LINF}, van Thiel's) or
 * the squared L2 distance ({@link Distance#L2}, the original). Each iteration scores the image it evaluated by the
 * number of labels on their target's side (σ ≥ 0.5 counts as +1) and keeps the best: highest score, then smaller D,
 * per binary-search step and overall. Every max_iter/10 iterations it stops early when the loss has not fallen below
 * 0.9999 of the previous checkpoint (the first checkpoint never stops it). After each step a binary search adjusts
 * const: success (the step's best matches every label) lowers the upper bound and bisects; failure raises the lower
 * bound and bisects, or multiplies const by 10 while no upper bound is known. With 10 or more steps the last one
 * reruns at the upper bound. σ is always applied: ATK's models output logits (the original ran on probabilities).
 */
public final class MlCw {
    /** The distance term D. */
    public enum Distance { LINF, L2 }

    /**
     * @param binarySteps binary-search steps on const (van Thiel: 1; the original: 10)
     * @param maxIter Adam iterations per step (1000)
     * @param learningRate Adam's learning rate (0.01)
     * @param initialConst the hinge's weight at the first step (1e5)
     */
    public record Options(int binarySteps, int maxIter, double learningRate, double initialConst, Distance distance) {
        public static Options reference() {
            return new Options(1, 1000, 0.01, 1e5, Distance.LINF);
        }

        public Options {
            if (binarySteps < 1 || maxIter < 1 || !(learningRate > 0) || !(initialConst > 0)) {
                throw new IllegalArgumentException("ML-CW needs binary_steps, max_iter, lr and const > 0");
            }
        }
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPS = 1e-8;

    private final Classifier model;
    private final double threshold;
    private final Options options;

    public MlCw(Classifier model, double threshold, Options options) {
        this.model = model;
        this.threshold = threshold;
        this.options = options;
    }

    /** Iterations one image may take at most (the progress total). */
    public long maxSteps() {
        return (long) options.binarySteps() * options.maxIter();
    }

    /** Attacks each image of the batch alone and measures the overall best images. */
    public List<AttackOutcome> run(NDManager parent, NDArray images, int[] items, boolean keepImages,
                                   RunControl control) {
        List<AttackOutcome> out = new ArrayList<>(items.length);
        for (int b = 0; b < items.length; b++) {
            long start = System.nanoTime();
            try (NDManager m = parent.newSubManager()) {
                NDArray x = images.get(b + ":" + (b + 1)).duplicate();
                x.attach(m);
                out.add(one(m, x, items[b], keepImages, control, start));
            }
        }
        return out;
    }

    /** The best image found so far and how good it is. */
    private static final class Best {
        int score = -1;
        double distance = Double.POSITIVE_INFINITY;
        float[] confidences;
        NDArray image;

        void offer(NDManager owner, int s, double d, float[] conf, NDArray img) {
            if (s > score || s == score && d < distance) {
                score = s;
                distance = d;
                confidences = conf;
                if (image != null) {
                    image.close();
                }
                image = img.duplicate();
                image.attach(owner);
            }
        }
    }

    private AttackOutcome one(NDManager m, NDArray x, int item, boolean keepImages, RunControl control, long start) {
        int labels = model.config().numLabels();
        float[] clean = Activation.sigmoid(model.logits(x)).toType(DataType.FLOAT32, false).toFloatArray();
        float[] target = new float[labels];
        for (int i = 0; i < labels; i++) {
            target[i] = clean[i] > threshold ? -1f : 1f;
        }
        NDArray yT = m.create(target).reshape(1, labels).toType(x.getDataType(), false);
        NDArray u = x.mul(2).sub(1).mul(0.999999);
        NDArray w0 = u.add(1).div(u.neg().add(1)).log().mul(0.5); // artanh(u); DJL's PyTorch engine lacks atanh
        NDArray ref = w0.tanh().add(1).div(2);
        Best overall = new Best();
        overall.offer(m, score(clean, target), 0, clean, ref);
        double lower = 0;
        double upper = 1e10;
        double cnst = options.initialConst();
        int iterations = 0;
        for (int step = 0; step < options.binarySteps(); step++) {
            if (options.binarySteps() >= 10 && step == options.binarySteps() - 1) {
                cnst = upper; // the reference reruns its last step at the upper bound
            }
            Best best = new Best();
            iterations += optimise(m, w0, ref, yT, target, cnst, best, overall, control);
            boolean success = best.score == labels;
            if (success) {
                upper = Math.min(upper, cnst);
                if (upper < 1e9) {
                    cnst = (lower + upper) / 2;
                }
            } else {
                lower = Math.max(lower, cnst);
                cnst = upper < 1e9 ? (lower + upper) / 2 : cnst * 10;
            }
            best.image.close();
        }
        return MinimalOutcomes.of(x, overall.image, new float[][] {clean}, new float[][] {overall.confidences},
                new int[] {item}, new int[] {iterations}, threshold, keepImages, (System.nanoTime() - start) / 1e9)
                .get(0);
    }

    /** One binary-search step: Adam on the modifier from zero. Returns the iterations taken. */
    private int optimise(NDManager m, NDArray w0, NDArray ref, NDArray yT, float[] target, double cnst, Best best,
                         Best overall, RunControl control) {
        NDArray modifier = m.zeros(w0.getShape(), w0.getDataType());
        NDArray moment1 = m.zeros(w0.getShape(), w0.getDataType());
        NDArray moment2 = m.zeros(w0.getShape(), w0.getDataType());
        double previous = Double.POSITIVE_INFINITY;
        int checkEvery = Math.max(1, options.maxIter() / 10);
        int it = 0;
        for (; it < options.maxIter(); it++) {
            control.checkCancelled();
            NDArray[] old = {modifier, moment1, moment2};
            double loss;
            try (NDManager sub = m.newSubManager()) {
                for (NDArray a : old) {
                    a.tempAttach(sub);
                }
                w0.tempAttach(sub);
                ref.tempAttach(sub);
                yT.tempAttach(sub);
                NDArray leaf = modifier.duplicate();
                leaf.setRequiresGradient(true);
                NDArray image;
                NDArray conf;
                NDArray distance;
                NDArray total;
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    image = leaf.add(w0).tanh().add(1).div(2);
                    conf = Activation.sigmoid(model.logits(image));
                    NDArray hinge = yT.neg().mul(conf.sub(0.5)).maximum(0).sum();
                    NDArray diff = image.sub(ref);
                    distance = options.distance() == Distance.LINF ? diff.abs().max() : diff.square().sum();
                    total = hinge.mul(cnst).add(distance);
                    gc.backward(total);
                }
                NDArray grad = leaf.getGradient();
                double t = it + 1;
                NDArray m1 = moment1.mul(BETA1).add(grad.mul(1 - BETA1));
                NDArray m2 = moment2.mul(BETA2).add(grad.square().mul(1 - BETA2));
                NDArray update = m1.div(1 - Math.pow(BETA1, t))
                        .div(m2.div(1 - Math.pow(BETA2, t)).sqrt().add(ADAM_EPS)).mul(options.learningRate());
                NDArray next = modifier.sub(update);
                float[] c = conf.toType(DataType.FLOAT32, false).toFloatArray(); // C floats: a per-label vector
                double d = distance.toType(DataType.FLOAT64, false).getDouble();
                loss = total.toType(DataType.FLOAT64, false).getDouble();
                int s = score(c, target);
                NDArray evaluated = image.stopGradient();
                best.offer(m, s, d, c, evaluated);
                overall.offer(m, s, d, c, evaluated);
                next.attach(m);
                m1.attach(m);
                m2.attach(m);
                modifier = next;
                moment1 = m1;
                moment2 = m2;
            }
            for (NDArray a : old) {
                a.close();
            }
            control.advance(1);
            if (it % checkEvery == 0) {
                if (loss > previous * 0.9999) {
                    it++;
                    break;
                }
                previous = loss;
            }
        }
        modifier.close();
        moment1.close();
        moment2.close();
        return it;
    }

    /** Labels on their target's side, σ ≥ 0.5 counting as +1 (the reference's test). */
    private static int score(float[] conf, float[] target) {
        int s = 0;
        for (int i = 0; i < conf.length; i++) {
            if ((conf[i] - 0.5f) * target[i] >= 0) {
                s++;
            }
        }
        return s;
    }
}
