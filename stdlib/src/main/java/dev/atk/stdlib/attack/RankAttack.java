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
 * Rank I and Rank II (Song et al.'s ranking attacks as MLALP implements them; ALGORITHMS.md §8.5): the ML-CW
 * machinery (tanh space, Adam 0.01, 1000 iterations, 10 binary-search steps on const from 1e5, squared L2 distance)
 * with ranking hinges instead of the threshold hinge. With f the confidences and the target y_t:
 * <ul>
 *   <li>Rank I: const·max(0, max_{y_t = −1} f − min_{y_t = +1} f): every wanted negative below every wanted
 *   positive;</li>
 *   <li>Rank II adds const·max(0, max_{A₊} f − min_{B₋} f): the positives to hide (A₊) also below the negatives
 *   that stay (B₋). Song's fifth term (B₊ against A₋) is commented out in the reference and left out here.</li>
 * </ul>
 * The best image is the one whose confidences have the highest cosine similarity with the criterion vector y^τ
 * (−2 A₊, −1 B₋, +1 B₊, +2 A₋; 0 for a free label), then the smaller distance; a binary-search step succeeds when its
 * best image has every cared label on its target's side.
 *
 * <p>{@code faithful}: the reference takes the maxima and minima with 0-masks, so the negatives' maximum also sees
 * 0 at every other position and the positives' minimum sees 1 wherever f·mask is 0. ATK feeds σ(logits) (the
 * reference, written for probabilities, never added σ), so f is in (0, 1) and the masks change the result only where
 * σ underflows to exactly 0 or an objective leaves a set empty (the masked max is then 0, not −∞). {@code fixed}
 * takes the extrema over the set itself and drops a term whose set is empty. Song's paper uses e^f inside the hinges
 * and Kendall τ_b for the best image; the code uses f and cosine similarity, as here.
 */
public final class RankAttack {
    /** Rank I, or Rank II (Rank I plus the A₊-below-B₋ term). */
    public enum Kind { RANK1, RANK2 }

    private final Classifier model;
    private final double threshold;
    private final Kind kind;
    private final MlCw.Options options;
    private final boolean faithful;

    /** @param options binary steps, iterations, learning rate and initial const (the distance is always L2) */
    public RankAttack(Classifier model, double threshold, Kind kind, MlCw.Options options, boolean faithful) {
        this.model = model;
        this.threshold = threshold;
        this.kind = kind;
        this.options = options;
        this.faithful = faithful;
    }

    /** MLALP's settings: 10 binary-search steps, 1000 iterations, Adam 0.01, const 1e5 (§8.1). */
    public static MlCw.Options reference() {
        return new MlCw.Options(10, 1000, 0.01, 1e5, MlCw.Distance.L2);
    }

    /**
     * Attacks each image of the batch alone, as the reference does.
     *
     * @param signs per image and label the target: +1, −1 or 0 (free); null: max-flip
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
        float[] target = new float[labels];
        float[] criterion = new float[labels];
        boolean[][] sets = new boolean[4][labels]; // wanted positives, wanted negatives, A₊, B₋
        int wanted = 0;
        for (int i = 0; i < labels; i++) {
            boolean positive = clean[i] > threshold;
            target[i] = signs != null ? signs[i] : positive ? -1f : 1f;
            if (target[i] == 0) {
                continue;
            }
            wanted++;
            boolean change = (target[i] > 0) != positive;
            criterion[i] = change ? (positive ? -2f : 2f) : (positive ? 1f : -1f);
            sets[0][i] = target[i] > 0;
            sets[1][i] = target[i] < 0;
            sets[2][i] = change && positive;
            sets[3][i] = !change && !positive;
        }
        NDArray[] masks = new NDArray[4];
        for (int k = 0; k < 4; k++) {
            masks[k] = mask(m, sets[k], x.getDataType());
        }
        TanhSpace space = TanhSpace.of(x);
        TanhAdam.Loss loss = (image, conf, cnst) -> {
            NDArray hinge = pairHinge(conf, masks[1], masks[0], sets[1], sets[0]);
            if (kind == Kind.RANK2) {
                hinge = hinge.add(pairHinge(conf, masks[2], masks[3], sets[2], sets[3]));
            }
            NDArray distance = image.sub(space.reference()).square().sum();
            return new TanhAdam.Terms(hinge.mul(cnst).add(distance), distance);
        };
        TanhAdam.Score score = conf -> cosine(conf, criterion);
        int all = wanted; // success: every cared label on its target's side
        TanhAdam.Search search = new TanhAdam(model, options.maxIter(), options.learningRate()).searchConst(m, space,
                loss, score, clean, options.initialConst(), options.binarySteps(), conf -> matched(conf, target) == all,
                control, masks);
        return search.outcome(x, clean, item, threshold, keepImages, start);
    }

    /**
     * max(0, max over {@code high} of f − min over {@code low} of f): the labels of {@code high} should all score
     * below those of {@code low}.
     */
    private NDArray pairHinge(NDArray conf, NDArray highMask, NDArray lowMask, boolean[] high, boolean[] low) {
        if (faithful) {
            // the reference: max(f·mask) sees 0s elsewhere; min over f·mask with every 0 replaced by 1
            NDArray top = conf.mul(highMask).max();
            NDArray masked = conf.mul(lowMask);
            NDArray bottom = masked.add(masked.eq(0).toType(conf.getDataType(), false)).min();
            return top.sub(bottom).maximum(0);
        }
        if (!any(high) || !any(low)) {
            return conf.sum().mul(0); // an empty set: no ordering to enforce
        }
        // −1e9 and +1e9 stand outside [0, 1] for the labels outside each set
        NDArray top = conf.add(highMask.sub(1).mul(1e9)).max();
        NDArray bottom = conf.add(lowMask.neg().add(1).mul(1e9)).min();
        return top.sub(bottom).maximum(0);
    }

    private static NDArray mask(NDManager m, boolean[] set, DataType type) {
        float[] v = new float[set.length];
        for (int i = 0; i < set.length; i++) {
            v[i] = set[i] ? 1f : 0f;
        }
        return m.create(v).reshape(1, set.length).toType(type, false);
    }

    private static boolean any(boolean[] set) {
        for (boolean b : set) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Cosine similarity of the confidences and the criterion vector y^τ (§8.5's best-image score). */
    static double cosine(float[] conf, float[] criterion) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i < conf.length; i++) {
            dot += conf[i] * criterion[i];
            a += conf[i] * conf[i];
            b += criterion[i] * criterion[i];
        }
        return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
    }

    /** Cared labels on their target's side (σ > threshold for a positive). */
    private int matched(float[] conf, float[] target) {
        int n = 0;
        for (int i = 0; i < conf.length; i++) {
            if (target[i] != 0 && (conf[i] > threshold) == (target[i] > 0)) {
                n++;
            }
        }
        return n;
    }
}
