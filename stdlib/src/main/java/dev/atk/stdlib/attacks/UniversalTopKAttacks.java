package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.ImageSource;
import dev.atk.stdlib.attack.Norm;
import dev.atk.stdlib.attack.TopKOutcome;
import dev.atk.stdlib.attack.UniversalTopK;
import dev.atk.stdlib.model.ModelConfig;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The universal top-k perturbations (ALGORITHMS.md §9.4, §9.5): TkML-AP-Uv and kUAP train one δ per call on the data
 * set's first {@code train} items outside the plan's sample (the reference trains on the first 3000 of its list and
 * tests on the next 1000), then evaluate every attacked image. Without a known sample (a direct SPI call) the training
 * images skip the attacked ones; an attacked image that was a training image anyway is marked by the measure
 * {@code in_training}.
 */
public final class UniversalTopKAttacks implements AttackProvider {
    private static final ParamInfo K = SharedParams.k(1);
    private static final ParamInfo TRAIN = ParamInfo.integer("train", 24, 1.0, 1000000.0,
            "training images: the data set's first `train`");
    private static final ParamInfo UAP_EPS = ParamInfo.number("uap_eps", -1, -1.0, null,
            "δ's L2 radius in pre-tanh space; -1: the reference's 100, scaled to this input size");
    private static final ParamInfo FOOLING_RATE = ParamInfo.number("fooling_rate", 0.8, 0.0, 1.0,
            "stop training at this fooling rate (ξ)");
    private static final ParamInfo PASSES = ParamInfo.integer("passes", 10, 1.0, 10000.0, "training passes at most");
    private static final ParamInfo MAX_ITER = SharedParams.maxIter(1000, 100000.0, "the inner attack's iterations");
    private static final List<ParamInfo> PARAMS = List.of(K, TRAIN, UAP_EPS, FOOLING_RATE, PASSES, MAX_ITER);

    /** A universal perturbation is trained on the whole sample before any image is attacked. */
    @Override
    public boolean batchesIndependent(ComponentCall call) {
        return false;
    }

    @Override
    public List<ComponentInfo> attacks() {
        return List.of(
                new ComponentInfo("tkml_uv", ComponentKind.ATTACK, "TkML-AP-Uv (§9.4): one universal perturbation "
                        + "trained with TkML-AP-U on the data set's first `train` images, then applied to every "
                        + "attacked image", PARAMS, false, false),
                new ComponentInfo("kuap", ComponentKind.ATTACK, "kUAP (§9.5): the universal perturbation trained "
                        + "with kFool", PARAMS, false, false));
    }

    /** One step per image: the progress bar counts evaluated images (training is not in the total). */
    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return 1;
    }

    @Override
    public void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink) {
        try (NDManager sub = run.root().newSubManager()) {
            train(run, call, sub, sink);
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(call.name() + ": " + e.getMessage(), e);
        }
    }

    private static void train(AttackRun run, ComponentCall call, NDManager parent,
                              Consumer<List<AttackOutcome>> sink) {
        int[] trainItems = trainingItems(run.data().count(), TRAIN.integerIn(call),
                run.context().sample() != null ? run.context().sample() : run.items());
        Set<Integer> trainingSet = new HashSet<>();
        for (int t : trainItems) {
            trainingSet.add(t);
        }
        ModelConfig.Input in = run.attacked().config().input();
        double uapEps = UAP_EPS.numberIn(call);
        UniversalTopK.Options options = new UniversalTopK.Options(
                call.name().equals("kuap") ? UniversalTopK.Method.KFOOL : UniversalTopK.Method.TKML,
                K.integerIn(call), MAX_ITER.integerIn(call), 0.01,
                uapEps > 0 ? uapEps : UniversalTopK.defaultUapEps(in), Norm.L2, FOOLING_RATE.numberIn(call),
                PASSES.integerIn(call), 32, run.context().settings().faithful());
        UniversalTopK universal = new UniversalTopK(run.attacked(), options);
        try (NDManager m = parent.newSubManager()) {
            UniversalTopK.Training training = universal.train(m, ImageSource.of(run.data(), trainItems, in.height(),
                    in.width()), run.control());
            for (int[] chunk : run.batches()) {
                int[][] truth = run.groundTruth(chunk);
                try (NDManager sub = m.newSubManager()) {
                    List<TopKOutcome> out = universal.evaluate(sub, training.delta(),
                            ImageSource.of(run.data(), chunk, in.height(), in.width()), run.context().keepImages(),
                            run.control());
                    List<AttackOutcome> records = TopKRecords.of(out, truth, run.context());
                    for (int i = 0; i < records.size(); i++) {
                        records.set(i, records.get(i).withMeasures(Map.of(
                                "in_training", trainingSet.contains(chunk[i]) ? 1.0 : 0.0,
                                "training_fooling_rate", training.foolingRates()[training.foolingRates().length - 1],
                                "training_passes", (double) training.passes())));
                    }
                    sink.accept(records);
                }
            }
        }
    }

    /** The first {@code n} items of the data set that are not in {@code excluded}, in index order. */
    static int[] trainingItems(int count, int n, int[] excluded) {
        Set<Integer> skip = new HashSet<>();
        for (int e : excluded) {
            skip.add(e);
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < count && k < n; i++) {
            if (!skip.contains(i)) {
                out[k++] = i;
            }
        }
        if (k == 0) {
            throw new AtkRuntimeException("no image of the data set is left to train a universal perturbation on: "
                    + "the sample takes them all");
        }
        return Arrays.copyOf(out, k);
    }
}
