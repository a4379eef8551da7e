package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AdversarialImage;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * MI-FGSM over a batch of images and a list of budgets (ALGORITHMS.md §2). With a loss that does not depend on ε
 * (BCE, linear), the trajectory is the same for every budget (no projection; the only clamp is at the end), so
 * {@link #sweep} runs ONE trajectory of max int(ε/α) iterations and measures a clamped copy at each budget's
 * iteration count: the results equal separate runs exactly. A loss that depends on ε (SLAM's p) runs once per
 * budget ({@link #perBudget}).
 */
public final class MiFgsm {
    private final Classifier model;
    private final MiFgsmConfig config;
    private final boolean keepImages;

    public MiFgsm(Classifier model, MiFgsmConfig config) {
        this(model, config, false);
    }

    private MiFgsm(Classifier model, MiFgsmConfig config, boolean keepImages) {
        this.model = model;
        this.config = config;
        this.keepImages = keepImages;
    }

    /** This kernel with (or without) every outcome carrying its clean and adversarial pixels. */
    public MiFgsm keepingImages(boolean keep) {
        return keep == keepImages ? this : new MiFgsm(model, config, keep);
    }

    public MiFgsmConfig config() {
        return config;
    }

    /**
     * One trajectory, a checkpoint per budget. {@code control.advance(B)} after every iteration (B image-iterations)
     * and {@code control.checkCancelled()} before every iteration.
     *
     * @param images B×… clean images; {@code items} their indices in the data set (recorded in the outcomes)
     * @param weights B×C label weights or null
     * @return outcomes per budget, in the order of {@code budgets}; each list in batch order
     */
    public List<List<AttackOutcome>> sweep(NDManager parent, NDArray images, int[] items, Loss loss, NDArray weights,
                                           double[] budgets, RunControl control) {
        return sweep(parent, images, items, null, loss, weights, budgets, control);
    }

    /**
     * {@link #sweep} with the clean confidences already known ({@code clean}, B×C, or null to compute them): the
     * plan's shared clean pass.
     */
    public List<List<AttackOutcome>> sweep(NDManager parent, NDArray images, int[] items, float[][] clean, Loss loss,
                                           NDArray weights, double[] budgets, RunControl control) {
        return sweep(parent, images, items, clean, loss, weights, null, budgets, control);
    }

    /**
     * {@link #sweep} toward explicit targets (B×C in {0,1}, an objective's wanted prediction; null: max-flip,
     * 1 − pred_clean). Labels the objective leaves free carry weight 0 in {@code weights}.
     */
    public List<List<AttackOutcome>> sweep(NDManager parent, NDArray images, int[] items, float[][] clean, Loss loss,
                                           NDArray weights, NDArray targets, double[] budgets, RunControl control) {
        long start = System.nanoTime();
        int[] iters = new int[budgets.length];
        TreeSet<Integer> checkpoints = new TreeSet<>();
        for (int b = 0; b < budgets.length; b++) {
            iters[b] = config.iterations(budgets[b]);
            checkpoints.add(iters[b]);
        }
        List<List<AttackOutcome>> out = new ArrayList<>();
        for (int b = 0; b < budgets.length; b++) {
            out.add(null);
        }
        try (MiFgsmState state = new MiFgsmState(model, config, parent, images, clean, weights, targets)) {
            checkBatch(state, items);
            for (int k : checkpoints) {
                while (state.iterations() < k) {
                    control.checkCancelled();
                    state.step(loss.atRadius((state.iterations() + 1) * config.alpha()));
                    control.advance(state.batch());
                }
                Measurement m = state.measure();
                AdversarialImage[] pixels = keepImages ? state.images() : null;
                double seconds = (System.nanoTime() - start) / 1e9 / state.batch();
                for (int b = 0; b < budgets.length; b++) {
                    if (iters[b] == k) {
                        out.set(b, outcomes(state, m, pixels, items, budgets[b], k, seconds));
                    }
                }
            }
        }
        return out;
    }

    /**
     * One run per budget with the loss {@code lossAt.apply(ε)} (e.g. SLAM with p = profile.slamP(ε)); {@code sink}
     * gets each budget's outcomes as soon as that run finishes.
     */
    public void perBudget(NDManager parent, NDArray images, int[] items, DoubleFunction<Loss> lossAt, NDArray weights,
                          double[] budgets, RunControl control, java.util.function.Consumer<List<AttackOutcome>> sink) {
        perBudget(parent, images, items, null, lossAt, weights, budgets, control, sink);
    }

    /** {@link #perBudget} with the clean confidences already known (B×C), or null to compute them per run. */
    public void perBudget(NDManager parent, NDArray images, int[] items, float[][] clean, DoubleFunction<Loss> lossAt,
                          NDArray weights, double[] budgets, RunControl control,
                          java.util.function.Consumer<List<AttackOutcome>> sink) {
        for (double eps : budgets) {
            sink.accept(sweep(parent, images, items, clean, lossAt.apply(eps), weights, new double[] {eps}, control).get(0));
        }
    }

    /** Image-iterations {@link #sweep} takes for one image. */
    public static long sweepSteps(MiFgsmConfig config, double[] budgets) {
        return Arrays.stream(budgets).mapToLong(config::iterations).max().orElse(0);
    }

    /** Image-iterations {@link #perBudget} takes for one image. */
    public static long perBudgetSteps(MiFgsmConfig config, double[] budgets) {
        return Arrays.stream(budgets).mapToLong(config::iterations).sum();
    }

    private static void checkBatch(MiFgsmState state, int[] items) {
        if (items.length != state.batch()) {
            throw new IllegalArgumentException(items.length + " item ids for a batch of " + state.batch());
        }
    }

    /**
     * The records of a measured batch: its clean and adversarial confidences, flips and norms per image, with the
     * model evaluations it took ({@code queries}: the clean pass, one per step, the final measurement). Public so an
     * attack provider that composes the state's parts (start, projection, steps) records like the built-in ones.
     */
    public static List<AttackOutcome> outcomes(MiFgsmState state, Measurement m, AdversarialImage[] pixels,
                                               int[] items, double budget, int iterations, double seconds) {
        float[][] clean = state.cleanConfidences();
        List<AttackOutcome> list = new ArrayList<>(items.length);
        // model evaluations of one image: the clean pass, one per step, and the final measurement
        java.util.Map<String, Double> queries = java.util.Map.of("queries", iterations + 2.0);
        for (int i = 0; i < items.length; i++) {
            list.add(new AttackOutcome(items[i], budget, m.flips()[i], iterations, m.linf()[i], m.l2()[i],
                    m.rmsd()[i], clean[i].clone(), m.adversarial()[i], seconds, pixels == null ? null : pixels[i],
                    null, state.config().threshold(), queries));
        }
        return list;
    }
}
