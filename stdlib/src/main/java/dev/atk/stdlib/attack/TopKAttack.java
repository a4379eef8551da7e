package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.Arrays;
import java.util.List;
import dev.atk.stdlib.engine.Gradients;

/**
 * The per-image top-k attacks of TkML-AP (ALGORITHMS.md §9.2, §9.3, §9.5), one optimisation loop for three losses:
 * TkML-AP-U ({@link Kind#UNTARGETED}, {@code l2_topk_non_targeted_attack}), TkML-AP-T ({@link Kind#TARGETED},
 * {@code l2_topk_targeted_attack}) and the ML-AP baseline ({@link Kind#MLAP}, {@code rank2}).
 *
 * <p>Every iteration: x' = tanh(m + timg)·boxmul + boxplus ({@link TopKBox}), η = clip_eta(x' − clean, 2, eps) with
 * clean = tanh(timg)·boxmul + boxplus, the model sees clean + η (always for T and ML-AP; for U when
 * {@link Options#project}, which the universal attack turns off), the loss ({@link TopKLosses}) is differentiated
 * through the projection and the closed-form λ, and plain SGD moves m by −lr·∇. The test after the step judges the
 * logits f evaluated BEFORE it, as the reference does:
 * <ul>
 *   <li>U stops an image at the first iteration whose f has no ground-truth label in the top-k, and returns that
 *       iteration's image; otherwise the last image. {@code iterations} = that iteration's index (the SGD steps taken
 *       before it), or maxIter on failure.</li>
 *   <li>T and ML-AP never stop early; they keep the success (top-k set = T exactly) with the smallest ‖η‖₂ and return
 *       it, or the last image on failure. {@code iterations} = the kept success's iteration index, or maxIter.</li>
 * </ul>
 * The reference runs one image at a time; here the whole batch runs on the engine at once, each image with its own λ,
 * max and min (§12.23's batch-global max is a batch-1 artefact), and a U image that has succeeded is frozen (its loss is
 * masked out and its modifier no longer moves), so batching does not change any image's trajectory. The paper's β‖z‖²
 * term and gradient steps on λ are not in the code and not here (§12.21).
 */
public final class TopKAttack {
    /** Which loss the loop minimises. */
    public enum Kind { UNTARGETED, TARGETED, MLAP }

    /** The reference's eps for U (README), in its [−1, 1] box at 3×300×300; {@link TopKBox#scaledEps} ports it. */
    public static final double REFERENCE_EPS_U = 10;
    /** The reference's eps for T (README). */
    public static final double REFERENCE_EPS_T = 3;
    /** The reference's eps for ML-AP on VOC (README; COCO used 3). */
    public static final double REFERENCE_EPS_MLAP = 10;

    /**
     * @param k the top-k (3, 5, 10 in the paper's runs); T and ML-AP aim for a target set of k labels
     * @param eps the L2 radius of η in the model's pixel units ({@link #defaultEps})
     * @param maxIter SGD iterations (1000); @param lr SGD's learning rate (0.01)
     * @param targetCase how T is chosen (best, random, worst; ignored by U); @param seed the random case's seed
     * @param removeTierPara the tie term's weight in T (0, the CLI default)
     * @param faithful timg without arctanh (§12.20); false attacks the real image
     * @param project U's Projection_flag (true standalone; T and ML-AP always project)
     */
    public record Options(Kind kind, int k, double eps, int maxIter, double lr, TopKTargets.Case targetCase, long seed,
                          double removeTierPara, boolean faithful, boolean project) {
        public Options {
            if (kind == null || k < 1 || maxIter < 1 || !(lr > 0) || !(removeTierPara >= 0)) {
                throw new IllegalArgumentException("top-k attacks need a kind, k >= 1, max_iter >= 1, lr > 0 and "
                        + "remove_tier_para >= 0");
            }
            if ((project || kind != Kind.UNTARGETED) && !(eps > 0)) {
                throw new IllegalArgumentException("the L2 projection needs eps > 0, got " + eps);
            }
            if (kind != Kind.UNTARGETED && targetCase == null) {
                throw new IllegalArgumentException("a targeted attack needs a target case");
            }
        }

        /** TkML-AP-U with the reference's settings (1000 iterations, lr 0.01, projected, faithful). */
        public static Options untargeted(int k, double eps) {
            return new Options(Kind.UNTARGETED, k, eps, 1000, 0.01, TopKTargets.Case.BEST, 0, 0, true, true);
        }

        /** TkML-AP-T with the reference's settings (remove_tier_para 0, seed 0 for the random case). */
        public static Options targeted(int k, double eps, TopKTargets.Case targetCase) {
            return new Options(Kind.TARGETED, k, eps, 1000, 0.01, targetCase, 0, 0, true, true);
        }

        /** The ML-AP baseline with the reference's settings. */
        public static Options mlap(int k, double eps, TopKTargets.Case targetCase) {
            return new Options(Kind.MLAP, k, eps, 1000, 0.01, targetCase, 0, 0, true, true);
        }

        public Options withMaxIter(int n) {
            return new Options(kind, k, eps, n, lr, targetCase, seed, removeTierPara, faithful, project);
        }

        public Options withLearningRate(double v) {
            return new Options(kind, k, eps, maxIter, v, targetCase, seed, removeTierPara, faithful, project);
        }

        public Options withFaithful(boolean f) {
            return new Options(kind, k, eps, maxIter, lr, targetCase, seed, removeTierPara, f, project);
        }

        public Options withSeed(long s) {
            return new Options(kind, k, eps, maxIter, lr, targetCase, s, removeTierPara, faithful, project);
        }

        public Options withRemoveTierPara(double v) {
            return new Options(kind, k, eps, maxIter, lr, targetCase, seed, v, faithful, project);
        }

        public Options withProjection(boolean p) {
            return new Options(kind, k, eps, maxIter, lr, targetCase, seed, removeTierPara, faithful, p);
        }
    }

    /** The reference's README eps for {@code kind}, ported to this model's input ({@link TopKBox#scaledEps}). */
    public static double defaultEps(Kind kind, ModelConfig.Input input) {
        double ref = switch (kind) {
            case UNTARGETED -> REFERENCE_EPS_U;
            case TARGETED -> REFERENCE_EPS_T;
            case MLAP -> REFERENCE_EPS_MLAP;
        };
        return TopKBox.scaledEps(ref, input);
    }

    private final Classifier model;
    private final Options options;
    private final TopKBox box;

    public TopKAttack(Classifier model, Options options) {
        this.model = model;
        this.options = options;
        this.box = new TopKBox(model.config().input());
    }

    /** Iterations one image may take at most (the progress total). */
    public long maxSteps() {
        return options.maxIter();
    }

    /**
     * Attacks a batch.
     *
     * @param images B×… clean images in the model's input range; @param items their indices in the data
     * @param groundTruth B rows of 0/1 per label
     */
    public List<TopKOutcome> run(NDManager parent, NDArray images, int[] items, int[][] groundTruth,
                                 boolean keepImages, RunControl control) {
        long start = System.nanoTime();
        int batch = items.length;
        TopKOutcomes.checkBatch(images, items, groundTruth);
        try (NDManager m = parent.newSubManager()) {
            NDArray x = images.duplicate();
            x.attach(m);
            double[][] clean = TopKOutcomes.logitRows(model, x);
            int[][] targets = null;
            if (options.kind() != Kind.UNTARGETED) { // chosen on model(x), the un-tanh'd input (§9.3)
                targets = new int[batch][];
                for (int b = 0; b < batch; b++) {
                    targets[b] = TopKTargets.choose(options.targetCase(), clean[b], groundTruth[b], options.k(),
                            options.seed());
                }
            }
            TopKOutcomes.Run run = optimise(m, box.start(x, options.faithful()), groundTruth, targets, control);
            if (targets != null) {
                for (int b = 0; b < batch; b++) {
                    run.queries()[b]++; // the target choice's forward pass
                }
            }
            ModelConfig.Input in = model.config().input();
            double[] pert = TopKOutcomes.pert(run.modifierNorms(), in.height(), in.width());
            double budget = options.project() || options.kind() != Kind.UNTARGETED ? options.eps() : Double.NaN;
            return TopKOutcomes.build(x, run, clean, items, groundTruth, options.k(), budget, targets, pert,
                    model.config().threshold(), keepImages, (System.nanoTime() - start) / 1e9 / batch);
        }
    }

    /** TkML-AP-U from pre-tanh points {@code timg} (the universal attack's inner call on data + δ). */
    TopKOutcomes.Run untargeted(NDManager m, NDArray timg, int[][] groundTruth, RunControl control) {
        if (options.kind() != Kind.UNTARGETED) {
            throw new IllegalStateException("not an untargeted attack");
        }
        return optimise(m, timg, groundTruth, null, control);
    }

    private TopKOutcomes.Run optimise(NDManager m, NDArray timg, int[][] gt, int[][] targets, RunControl control) {
        int batch = (int) timg.getShape().get(0);
        int labels = model.config().numLabels();
        int k = options.k();
        if (k >= labels) {
            throw new IllegalArgumentException("k = " + k + " must be below the label count " + labels);
        }
        Kind kind = options.kind();
        boolean untargeted = kind == Kind.UNTARGETED;
        NDArray perLabel = m.create(perLabel(kind, gt, targets, labels), new Shape(batch, labels));
        NDArray ref = box.image(timg);
        NDArray modifier = m.zeros(timg.getShape(), timg.getDataType());
        NDArray out = ref.duplicate();
        long[] one = new long[timg.getShape().dimension()];
        Arrays.fill(one, 1);
        one[0] = batch;
        Shape perImage = new Shape(one);
        boolean[] active = new boolean[batch];
        Arrays.fill(active, true);
        boolean[] success = new boolean[batch];
        int[] iterations = new int[batch];
        Arrays.fill(iterations, options.maxIter());
        int[] queries = new int[batch];
        double[] bestNorm = new double[batch];
        Arrays.fill(bestNorm, Double.POSITIVE_INFINITY);
        double[][] outLogits = new double[batch][];
        for (int it = 0; it < options.maxIter() && any(active); it++) {
            control.checkCancelled();
            int working = 0;
            NDArray oldModifier = modifier;
            NDArray oldOut = out;
            try (NDManager sub = m.newSubManager()) {
                for (NDArray a : new NDArray[] {modifier, out, timg, ref, perLabel}) {
                    a.tempAttach(sub);
                }
                NDArray leaf = modifier.duplicate();
                leaf.setRequiresGradient(true);
                NDArray moving = sub.create(active);
                NDArray image;
                NDArray eta;
                NDArray f;
                try (GradientCollector gc = Gradients.collector()) {
                    NDArray raw = box.image(leaf.add(timg));
                    eta = TopKBox.clipL2(raw.sub(ref), options.eps());
                    image = untargeted && !options.project() ? raw : ref.add(eta);
                    f = model.logits(image);
                    NDArray lab = perLabel.toType(f.getDataType(), false);
                    NDArray loss = switch (kind) {
                        case UNTARGETED -> TopKLosses.untargeted(f, lab, k);
                        case TARGETED -> TopKLosses.targeted(f, lab, k, options.removeTierPara());
                        case MLAP -> TopKLosses.mlap(f, lab);
                    };
                    gc.backward(loss.mul(moving.toType(loss.getDataType(), false)).sum());
                }
                NDArray step = leaf.getGradient().mul(options.lr());
                NDArray next = NDArrays.where(moving.reshape(perImage).broadcast(modifier.getShape()),
                        modifier.sub(step), modifier);
                double[][] fl = TopKOutcomes.rows(f.stopGradient().toType(DataType.FLOAT64, false).toDoubleArray(),
                        batch);
                double[] norms = untargeted ? null : TopKBox.norms(eta.stopGradient());
                boolean last = it == options.maxIter() - 1;
                boolean[] take = new boolean[batch];
                for (int b = 0; b < batch; b++) {
                    if (!active[b]) {
                        continue;
                    }
                    working++;
                    queries[b]++;
                    boolean better = untargeted ? TopKMetrics.noGroundTruthInTopK(fl[b], gt[b], k)
                            : TopKMetrics.topSetIs(fl[b], targets[b]) && norms[b] < bestNorm[b];
                    if (better) {
                        success[b] = true;
                        iterations[b] = it;
                        take[b] = true;
                        if (untargeted) {
                            active[b] = false; // early stop: frozen from now on
                        } else {
                            bestNorm[b] = norms[b];
                        }
                    } else if (last && !success[b]) {
                        take[b] = true; // a failure returns its last image
                    }
                    if (take[b]) {
                        outLogits[b] = fl[b];
                    }
                }
                NDArray nextOut = NDArrays.where(sub.create(take).reshape(perImage).broadcast(out.getShape()),
                        image.stopGradient(), out);
                next.attach(m);
                nextOut.attach(m);
                modifier = next;
                out = nextOut;
            }
            oldModifier.close(); // after the iteration's manager has given them back (memory stays flat)
            oldOut.close();
            control.advance(working);
        }
        modifier.close();
        NDArray modifierOut = box.preTanh(out).sub(timg);
        return new TopKOutcomes.Run(out, modifierOut, outLogits, success, iterations, queries);
    }

    /** The loss's per-label constants: U the 0/1 ground truth, T tlab = ±1 on T, ML-AP the 0/1 indicator of T. */
    private static double[] perLabel(Kind kind, int[][] gt, int[][] targets, int labels) {
        double[] out = new double[gt.length * labels];
        for (int b = 0; b < gt.length; b++) {
            if (gt[b].length != labels) {
                throw new IllegalArgumentException("ground truth " + b + " has " + gt[b].length + " labels, the model "
                        + labels);
            }
            for (int j = 0; j < labels; j++) {
                out[b * labels + j] = kind == Kind.UNTARGETED ? gt[b][j] : kind == Kind.TARGETED ? -1 : 0;
            }
            if (targets != null) {
                for (int j : targets[b]) {
                    out[b * labels + j] = 1;
                }
            }
        }
        return out;
    }

    private static boolean any(boolean[] a) {
        for (boolean v : a) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
