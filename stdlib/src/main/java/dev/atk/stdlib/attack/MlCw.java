package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import java.util.List;

/**
 * ML-CW (Song et al.'s multi-label Carlini–Wagner, as van Thiel runs it; ALGORITHMS.md §8.2): a minimal-perturbation
 * attack with no budget, one image at a time as the reference runs.
 *
 * <p>The image is reparametrised in tanh space, x'(m) = (tanh(m + w0) + 1)/2 with w0 = artanh((2x − 1)·0.999999), so
 * every iterate is a valid image; Adam (lr 0.01) minimises const·Σ_i max(0, −y_t,i·(σ_i − 0.5)) + D over m, where
 * y_t ∈ {−1, +1} is the objective's target (max-flip by default; 0 for a label it leaves free) and D is the L∞ distance max|x' − ref| ({@link Distance#LINF}, van Thiel's) or
 * the squared L2 distance ({@link Distance#L2}, the original). Each iteration scores the image it evaluated by the
 * number of labels on their target's side (σ ≥ 0.5 counts as +1) and keeps the best: highest score, then smaller D,
 * per binary-search step and overall. Every max_iter/10 iterations it stops early when the loss has not fallen below
 * 0.9999 of the previous checkpoint (the first checkpoint never stops it). After each step a binary search adjusts
 * const: success (the step's best matches every label) lowers the upper bound and bisects; failure raises the lower
 * bound and bisects, or multiplies const by 10 while no upper bound is known. With 10 or more steps the last one
 * reruns at the upper bound. σ is always applied: ATK's models output logits (the original ran on probabilities).
 * The parts (tanh space, Adam with its early stop, the const search) are shared with Rank I/II: {@link TanhSpace},
 * {@link TanhAdam}, {@link ConstSearch}.
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

    /** Attacks each image of the batch alone toward max-flip and measures the overall best images. */
    public List<AttackOutcome> run(NDManager parent, NDArray images, int[] items, boolean keepImages,
                                   RunControl control) {
        return run(parent, images, items, null, keepImages, control);
    }

    /**
     * Attacks each image of the batch alone and measures the overall best images.
     *
     * @param signs per image and label the target y_t: +1, −1 or 0 (free: no hinge term, not scored); null: max-flip
     */
    public List<AttackOutcome> run(NDManager parent, NDArray images, int[] items, float[][] signs, boolean keepImages,
                                   RunControl control) {
        return ImageBatch.eachAlone(parent, images, items, signs,
                (m, x, item, sign, start) -> one(m, x, item, sign, keepImages, control, start));
    }

    private AttackOutcome one(NDManager m, NDArray x, int item, float[] signs, boolean keepImages, RunControl control,
                              long start) {
        int labels = model.config().numLabels();
        float[] clean = Activation.sigmoid(model.logits(x)).toType(DataType.FLOAT32, false).toFloatArray();
        float[] target = signs != null ? signs : new float[labels];
        int wanted = 0;
        for (int i = 0; i < labels; i++) {
            if (signs == null) {
                target[i] = clean[i] > threshold ? -1f : 1f;
            }
            wanted += target[i] != 0 ? 1 : 0;
        }
        NDArray yT = m.create(target).reshape(1, labels).toType(x.getDataType(), false);
        TanhSpace space = TanhSpace.of(x);
        TanhAdam.Loss loss = (image, conf, cnst) -> {
            NDArray hinge = conf.sub(0.5).mul(yT).neg().maximum(0).sum();
            NDArray diff = image.sub(space.reference());
            NDArray distance = options.distance() == Distance.LINF ? diff.abs().max() : diff.square().sum();
            return new TanhAdam.Terms(hinge.mul(cnst).add(distance), distance);
        };
        TanhAdam.Score score = conf -> score(conf, target);
        int all = wanted; // success: every cared label on its target's side
        TanhAdam.Search search = new TanhAdam(model, options.maxIter(), options.learningRate()).searchConst(m, space,
                loss, score, clean, options.initialConst(), options.binarySteps(), conf -> score(conf, target) == all,
                control, yT);
        return search.outcome(x, clean, item, threshold, keepImages, start);
    }

    /** Cared labels on their target's side, σ ≥ 0.5 counting as +1 (the reference's test); free labels never. */
    private static int score(float[] conf, float[] target) {
        int s = 0;
        for (int i = 0; i < conf.length; i++) {
            if (target[i] != 0 && (conf[i] - 0.5f) * target[i] >= 0) {
                s++;
            }
        }
        return s;
    }
}
