package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Universal top-k perturbations (ALGORITHMS.md §9.4, §9.5): TkML-AP-Uv ({@code UAP}, {@link Method#TKML}) and the
 * kUAP baseline ({@link Method#KFOOL}). One δ, in pre-tanh space, is added to every image: the model sees
 * tanh(timg + δ)·boxmul + boxplus ({@link TopKBox}).
 *
 * <p>Training, pass after pass until the training fooling rate reaches {@code foolingRateBound} or {@code maxPasses}
 * passes have run: for each training image in order whose top-k under the current δ still holds a ground-truth label,
 * run the inner attack; on success δ += its modifier_out (pre-tanh), then project δ. The inner attack is TkML-AP-U
 * WITHOUT its projection (Projection_flag = False) from timg + δ, or kFool. After each pass the fooling rate (the share
 * of training images with no GT label in the top-k) is measured. The images are visited one at a time, since δ changes
 * after each; the fooling rate is measured in batches.
 *
 * <p>{@code faithful} reproduces, besides {@link TopKBox}'s timg: (1) kUAP's inner kFool attacks the image WITHOUT δ
 * (its modifier is still added to δ); (2) δ is projected only for the L2 norm: the reference projects only when
 * {@code --uap_norm} keeps its integer default 2, and a value given on the command line (the only way to ask for
 * ∞) arrives as a string that matches no branch of clip_eta (§12.22). Fixed mode runs kFool on timg + δ and always
 * projects. The reference's max_iter_uni defaults to ∞; here {@code maxPasses} must be finite.
 */
public final class UniversalTopK {
    /** The inner per-image attack. */
    public enum Method { TKML, KFOOL }

    /** The reference's uap_eps (README), for a 3×300×300 image; {@link TopKBox#scaledPreTanhEps} ports it. */
    public static final double REFERENCE_UAP_EPS = 100;

    /**
     * @param k the top-k (1, 2, 3 in the paper's runs); @param maxIter, lr the inner attack's (1000, 0.01; kFool has
     *     no lr)
     * @param uapEps δ's radius in pre-tanh space; @param uapNorm its norm (L2 or L∞)
     * @param foolingRateBound ufr_lower_bound (0.8; the README runs use 0.7); @param maxPasses max_iter_uni (10 here)
     * @param evalBatch images per forward pass when measuring fooling rates
     */
    public record Options(Method method, int k, int maxIter, double lr, double uapEps, Norm uapNorm,
                          double foolingRateBound, int maxPasses, int evalBatch, boolean faithful) {
        public Options {
            if (method == null || uapNorm == null || k < 1 || maxIter < 1 || !(lr > 0) || !(uapEps > 0)
                    || maxPasses < 1 || evalBatch < 1) {
                throw new IllegalArgumentException("universal attacks need a method and norm, k, max_iter, lr, "
                        + "uap_eps, max passes and the evaluation batch > 0");
            }
        }

        /** The reference's settings (inner 1000 iterations at lr 0.01, L2, bound 0.8) with at most 10 passes. */
        public static Options reference(Method method, int k, double uapEps) {
            return new Options(method, k, 1000, 0.01, uapEps, Norm.L2, 0.8, 10, 32, true);
        }

        /** Whether δ is projected after each update (see the class comment). */
        public boolean projects() {
            return !faithful || uapNorm == Norm.L2;
        }
    }

    /**
     * The trained perturbation.
     *
     * @param delta 1×C×H×W, pre-tanh space, allocated in the caller's manager
     * @param foolingRates the training fooling rate after each pass
     * @param innerAttacks inner attacks run; @param innerSuccesses of those, the ones that moved δ
     */
    public record Training(NDArray delta, double[] foolingRates, boolean reachedBound, int innerAttacks,
                           int innerSuccesses) {
        public int passes() {
            return foolingRates.length;
        }
    }

    private final Classifier model;
    private final Options options;
    private final TopKBox box;

    public UniversalTopK(Classifier model, Options options) {
        this.model = model;
        this.options = options;
        this.box = new TopKBox(model.config().input());
    }

    /** The reference's uap_eps ported to this model's input size. */
    public static double defaultUapEps(ModelConfig.Input input) {
        return TopKBox.scaledPreTanhEps(REFERENCE_UAP_EPS, input);
    }

    public Training train(NDManager parent, ImageSource train, RunControl control) {
        TopKAttack tkml = new TopKAttack(model, new TopKAttack.Options(TopKAttack.Kind.UNTARGETED, options.k(),
                Double.NaN, options.maxIter(), options.lr(), TopKTargets.Case.BEST, 0, 0, options.faithful(), false));
        KFool kfool = new KFool(model, new KFool.Options(options.k(), options.maxIter(), options.faithful()));
        if (train.size() == 0) {
            throw new IllegalArgumentException("a universal perturbation needs at least one training image");
        }
        List<Double> rates = new ArrayList<>();
        int attacks = 0;
        int successes = 0;
        try (NDManager m = parent.newSubManager()) {
            NDArray delta = null;
            double rate = 0;
            while (rate < options.foolingRateBound() && rates.size() < options.maxPasses()) {
                for (int i = 0; i < train.size(); i++) {
                    control.checkCancelled();
                    NDArray old = delta;
                    try (NDManager im = m.newSubManager()) {
                        NDArray timg = box.start(train.images(im, new int[] {i}), options.faithful());
                        if (delta == null) { // δ takes one image's shape and dtype
                            delta = im.zeros(timg.getShape(), timg.getDataType());
                            delta.attach(m);
                            old = delta;
                        }
                        delta.tempAttach(im);
                        NDArray w = timg.add(delta);
                        int[][] gt = {train.groundTruth(i)};
                        if (!fooled(box.image(w), gt)[0]) {
                            attacks++;
                            TopKOutcomes.Run r = options.method() == Method.TKML ? tkml.untargeted(im, w, gt, control)
                                    : kfool.attack(im, options.faithful() ? timg : w, gt, control);
                            if (r.success()[0]) {
                                successes++;
                                NDArray next = project(delta.add(r.modifier().toType(delta.getDataType(), false)));
                                next.attach(m);
                                delta = next;
                            }
                        }
                    }
                    if (old != delta) {
                        old.close();
                    }
                }
                rate = foolingRate(m, delta, train);
                rates.add(rate);
            }
            delta.attach(parent);
            double[] history = rates.stream().mapToDouble(Double::doubleValue).toArray();
            return new Training(delta, history, rate >= options.foolingRateBound(), attacks, successes);
        }
    }

    /**
     * δ applied to every test image: success iff no GT label is in the top-k of model(tanh(timg + δ)·boxmul +
     * boxplus); Pert = ‖δ‖₂/(H·W) for every image (as the reference); one query per image; iterations 0 (the
     * training's cost is in {@link Training}); budget NaN (δ's radius is in pre-tanh space, not pixels).
     */
    public List<TopKOutcome> evaluate(NDManager parent, NDArray delta, ImageSource test, boolean keepImages,
                                      RunControl control) {
        ModelConfig.Input in = model.config().input();
        double pert = TopKMetrics.pert(TopKBox.norms(delta)[0], in.height(), in.width());
        List<TopKOutcome> out = new ArrayList<>(test.size());
        for (int from = 0; from < test.size(); from += options.evalBatch()) {
            control.checkCancelled();
            long start = System.nanoTime();
            int[] idx = range(from, Math.min(test.size(), from + options.evalBatch()));
            int batch = idx.length;
            try (NDManager m = parent.newSubManager()) {
                NDArray x = test.images(m, idx);
                int[][] gt = new int[batch][];
                int[] items = new int[batch];
                for (int b = 0; b < batch; b++) {
                    gt[b] = test.groundTruth(idx[b]);
                    items[b] = test.item(idx[b]);
                }
                NDArray d = delta.duplicate();
                d.attach(m);
                NDArray seen = box.image(box.start(x, options.faithful()).add(d.toType(x.getDataType(), false)));
                double[][] f = logits(seen);
                boolean[] success = new boolean[batch];
                int[] queries = new int[batch];
                double[] perts = new double[batch];
                for (int b = 0; b < batch; b++) {
                    success[b] = TopKMetrics.noGroundTruthInTopK(f[b], gt[b], options.k());
                    queries[b] = 1;
                    perts[b] = pert;
                }
                TopKOutcomes.Run run = new TopKOutcomes.Run(seen, d, f, success, new int[batch], queries);
                out.addAll(TopKOutcomes.build(x, run, logits(x), items, gt, options.k(), Double.NaN, null, perts,
                        model.config().threshold(), keepImages, (System.nanoTime() - start) / 1e9 / batch));
            }
            control.advance(batch);
        }
        return out;
    }

    /** The share of the source's images whose top-k under δ holds no GT label. */
    double foolingRate(NDManager parent, NDArray delta, ImageSource source) {
        int fooled = 0;
        for (int from = 0; from < source.size(); from += options.evalBatch()) {
            int[] idx = range(from, Math.min(source.size(), from + options.evalBatch()));
            try (NDManager m = parent.newSubManager()) {
                NDArray timg = box.start(source.images(m, idx), options.faithful());
                int[][] gt = new int[idx.length][];
                for (int b = 0; b < idx.length; b++) {
                    gt[b] = source.groundTruth(idx[b]);
                }
                NDArray w = delta == null ? timg : timg.add(delta.toType(timg.getDataType(), false));
                for (boolean v : fooled(box.image(w), gt)) {
                    fooled += v ? 1 : 0;
                }
            }
        }
        return source.size() == 0 ? 0 : (double) fooled / source.size();
    }

    private boolean[] fooled(NDArray image, int[][] gt) {
        double[][] f = logits(image);
        boolean[] out = new boolean[f.length];
        for (int b = 0; b < f.length; b++) {
            out[b] = TopKMetrics.noGroundTruthInTopK(f[b], gt[b], options.k());
        }
        return out;
    }

    private NDArray project(NDArray delta) {
        if (!options.projects()) {
            return delta;
        }
        return options.uapNorm() == Norm.L2 ? TopKBox.clipL2(delta, options.uapEps())
                : TopKBox.clipLinf(delta, options.uapEps());
    }

    private double[][] logits(NDArray images) {
        return TopKOutcomes.rows(model.logits(images).toType(DataType.FLOAT64, false).toDoubleArray(),
                (int) images.getShape().get(0));
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        Arrays.setAll(out, i -> from + i);
        return out;
    }
}
