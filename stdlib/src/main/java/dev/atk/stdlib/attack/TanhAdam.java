package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.engine.Gradients;

/**
 * Adam on a tanh-space modifier, the optimiser ML-CW and Rank I/II share (ALGORITHMS.md §8.2, §8.5): the modifier
 * starts at zero; each iteration evaluates x'(m), its confidences σ(model(x')) and the attack's loss, takes one Adam
 * step (torch's β and ε), offers the evaluated image to the best-keepers, and every max_iter/10 iterations stops
 * early when the loss is above 0.9999 × the previous checkpoint's (the first checkpoint never stops it). Each
 * iteration runs in its own NDManager; only the C confidences and two scalars cross to the host.
 */
final class TanhAdam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPS = 1e-8;

    /** An attack's loss on the evaluated image: the total to minimise and the distance part (for tie-breaks). */
    interface Loss {
        Terms at(NDArray image, NDArray confidences, double cnst);
    }

    record Terms(NDArray total, NDArray distance) {}

    /** How good an evaluated image is (higher is better), from its confidences. */
    interface Score {
        double of(float[] confidences);
    }

    /** The best image so far: highest score, then smaller distance. */
    static final class Best {
        double score = Double.NEGATIVE_INFINITY;
        double distance = Double.POSITIVE_INFINITY;
        float[] confidences;
        NDArray image;

        void offer(NDManager owner, double s, double d, float[] conf, NDArray img) {
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

    /** The overall best image of a const search and the iterations it took. */
    record Search(Best overall, int iterations) {
        /** The image's record: its best image measured against x; queries = the clean pass + one per Adam step. */
        dev.atk.spi.AttackOutcome outcome(NDArray x, float[] clean, int item, double threshold, boolean keepImages,
                                          long start) {
            int[] its = {iterations};
            return MinimalOutcomes.withQueries(MinimalOutcomes.of(x, overall.image, new float[][] {clean},
                    new float[][] {overall.confidences}, new int[] {item}, its, threshold, keepImages,
                    (System.nanoTime() - start) / 1e9), its, 1).get(0);
        }
    }

    private final Classifier model;
    private final int maxIter;
    private final double learningRate;

    TanhAdam(Classifier model, int maxIter, double learningRate) {
        this.model = model;
        this.maxIter = maxIter;
        this.learningRate = learningRate;
    }

    /**
     * The binary search on const ({@link ConstSearch}) around {@link #optimise}: each step optimises from m = 0, the
     * step's best image decides success, and the best over all steps (seeded with the clean image) is returned.
     *
     * @param clean the clean confidences (the starting best, at distance 0)
     * @param success whether a step's best confidences reach the goal
     */
    Search searchConst(NDManager m, TanhSpace space, Loss loss, Score score, float[] clean, double initialConst,
                       int steps, java.util.function.Predicate<float[]> success, RunControl control,
                       NDArray... pinned) {
        Best overall = new Best();
        overall.offer(m, score.of(clean), 0, clean, space.reference());
        ConstSearch search = new ConstSearch(initialConst, steps);
        int iterations = 0;
        for (int step = 0; step < steps; step++) {
            Best best = new Best();
            iterations += optimise(m, space, loss, search.constFor(step), score, best, overall, control, pinned);
            search.update(success.test(best.confidences));
            best.image.close();
        }
        return new Search(overall, iterations);
    }

    /**
     * One optimisation from m = 0 at weight {@code cnst}. Returns the iterations taken.
     *
     * @param pinned the loss's constant tensors (targets, masks): they join each iteration's manager for the
     *     iteration, so whatever an operation on them allocates is freed with it (memory stays flat)
     */
    int optimise(NDManager m, TanhSpace space, Loss loss, double cnst, Score score, Best best, Best overall,
                 RunControl control, NDArray... pinned) {
        NDArray w0 = space.w0();
        NDArray modifier = m.zeros(w0.getShape(), w0.getDataType());
        NDArray moment1 = m.zeros(w0.getShape(), w0.getDataType());
        NDArray moment2 = m.zeros(w0.getShape(), w0.getDataType());
        double previous = Double.POSITIVE_INFINITY;
        int checkEvery = Math.max(1, maxIter / 10);
        int it = 0;
        for (; it < maxIter; it++) {
            control.checkCancelled();
            NDArray[] old = {modifier, moment1, moment2};
            double total;
            try (NDManager sub = m.newSubManager()) {
                for (NDArray a : old) {
                    a.tempAttach(sub);
                }
                w0.tempAttach(sub);
                space.reference().tempAttach(sub);
                for (NDArray a : pinned) {
                    a.tempAttach(sub);
                }
                NDArray leaf = modifier.duplicate();
                leaf.setRequiresGradient(true);
                NDArray image;
                NDArray conf;
                Terms terms;
                try (GradientCollector gc = Gradients.collector()) {
                    image = space.image(leaf);
                    conf = Activation.sigmoid(model.logits(image));
                    terms = loss.at(image, conf, cnst);
                    gc.backward(terms.total());
                }
                NDArray grad = leaf.getGradient();
                double t = it + 1;
                NDArray m1 = moment1.mul(BETA1).add(grad.mul(1 - BETA1));
                NDArray m2 = moment2.mul(BETA2).add(grad.square().mul(1 - BETA2));
                NDArray update = m1.div(1 - Math.pow(BETA1, t))
                        .div(m2.div(1 - Math.pow(BETA2, t)).sqrt().add(ADAM_EPS)).mul(learningRate);
                NDArray next = modifier.sub(update);
                float[] c = conf.toType(DataType.FLOAT32, false).toFloatArray(); // C floats: a per-label vector
                double d = terms.distance().toType(DataType.FLOAT64, false).getDouble();
                total = terms.total().toType(DataType.FLOAT64, false).getDouble();
                double s = score.of(c);
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
                if (total > previous * 0.9999) {
                    it++;
                    break;
                }
                previous = total;
            }
        }
        modifier.close();
        moment1.close();
        moment2.close();
        return it;
    }
}
