package dev.atk.stdlib.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.ImageSource;
import dev.atk.stdlib.attack.KFool;
import dev.atk.stdlib.attack.Norm;
import dev.atk.stdlib.attack.TopKAttack;
import dev.atk.stdlib.attack.TopKMetrics;
import dev.atk.stdlib.attack.TopKOutcome;
import dev.atk.stdlib.attack.TopKTargets;
import dev.atk.stdlib.attack.UniversalTopK;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-k attacks (ALGORITHMS.md §9): TkML-AP-U/T and the ML-AP baseline (SGD in tanh space under an L2 radius of
 * their own, {@code eps=}), kFool, and the universal TkML-AP-Uv and kUAP. They read the ground truth, run without the
 * plan's budget (their records sit in the {@code min} column, budget NaN) and record their own verdicts as measures:
 * {@code success}, {@code fr_1} … {@code fr_10} (FR_k'), {@code pert} (only on success, as the reference averages it)
 * and {@code queries}. A record's target says what the attack aimed at: for the untargeted ones the ground-truth
 * labels out of the top-k (0, the rest free); for the targeted ones the target set T in (1) and the rest out (0).
 *
 * <p>The universal attacks train δ once per call on the data set's first {@code train} items outside the plan's sample
 * (the reference trains on the first 3000 of its list and tests on the next 1000), then evaluate every attacked
 * image. Without a known sample (a direct SPI call) the training images skip the attacked ones; an attacked image
 * that was a training image anyway would be marked by the measure {@code in_training}.
 */
final class TopKAttacks {
    static final Set<String> NAMES = Set.of("tkml_u", "tkml_t", "ml_ap", "kfool", "tkml_uv", "kuap");

    private TopKAttacks() {}

    static boolean handles(ComponentCall attack) {
        return NAMES.contains(attack.name());
    }

    static boolean universal(ComponentCall attack) {
        return attack.name().equals("tkml_uv") || attack.name().equals("kuap");
    }

    /** Image-iterations one image may take (the progress bar's total). */
    static long maxSteps(ComponentCall attack) {
        return universal(attack) ? 1 : integer(attack, "max_iter", 1000);
    }

    /** A top-k attack: batch by batch with each image's ground truth, or universal (δ trained once per call). */
    static void attack(ComponentCall attack, Classifier model, NDManager root, ImageSet set, int[] items,
                       List<int[]> chunks, java.util.function.BiFunction<NDManager, int[], NDArray> images,
                       AttackContext context, java.util.function.Consumer<List<AttackOutcome>> sink,
                       RunControl control) {
        if (universal(attack)) {
            try (NDManager sub = root.newSubManager()) {
                runUniversal(attack, model, sub, set, items, context, sink, control);
            }
            return;
        }
        for (int[] chunk : chunks) {
            control.checkCancelled();
            int[][] truth = new int[chunk.length][];
            for (int i = 0; i < chunk.length; i++) {
                truth[i] = set.groundTruth(chunk[i]);
            }
            try (NDManager sub = root.newSubManager()) {
                sink.accept(run(attack, model, sub, images.apply(sub, chunk), chunk, truth, context, control));
            }
        }
    }

    /** A per-image top-k attack on one batch. */
    static List<AttackOutcome> run(ComponentCall attack, Classifier model, NDManager parent, NDArray images,
                                   int[] items, int[][] truth, AttackContext context, RunControl control) {
        boolean faithful = context.settings().faithful();
        try {
            List<TopKOutcome> out = switch (attack.name()) {
                case "kfool" -> new KFool(model, new KFool.Options(k(attack), integer(attack, "max_iter", 1000),
                        faithful)).run(parent, images, items, truth, context.keepImages(), control);
                default -> new TopKAttack(model, options(attack, model, context)).run(parent, images, items, truth,
                        context.keepImages(), control);
            };
            return records(out, truth, context);
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(attack.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A universal attack: trains δ on the data set's first {@code train} items, then evaluates it on {@code items} in
     * chunks, each handed to {@code sink} as it finishes.
     */
    static void runUniversal(ComponentCall attack, Classifier model, NDManager parent, ImageSet data, int[] items,
                             AttackContext context,
                             java.util.function.Consumer<List<AttackOutcome>> sink, RunControl control) {
        int[] trainItems = trainingItems(data.count(), integer(attack, "train", 24),
                context.sample() != null ? context.sample() : items);
        java.util.Set<Integer> trainingSet = new java.util.HashSet<>();
        for (int t : trainItems) {
            trainingSet.add(t);
        }
        var in = model.config().input();
        double uapEps = number(attack, "uap_eps", -1);
        UniversalTopK.Options options = new UniversalTopK.Options(
                attack.name().equals("kuap") ? UniversalTopK.Method.KFOOL : UniversalTopK.Method.TKML, k(attack),
                integer(attack, "max_iter", 1000), 0.01, uapEps > 0 ? uapEps : UniversalTopK.defaultUapEps(in),
                Norm.L2, number(attack, "fooling_rate", 0.8), integer(attack, "passes", 10), 32,
                context.settings().faithful());
        UniversalTopK universal = new UniversalTopK(model, options);
        try (NDManager m = parent.newSubManager()) {
            UniversalTopK.Training training = universal.train(m, ImageSource.of(data, trainItems, in.height(),
                    in.width()), control);
            int batch = Math.max(1, context.settings().batch());
            for (int from = 0; from < items.length; from += batch) {
                int[] chunk = java.util.Arrays.copyOfRange(items, from, Math.min(items.length, from + batch));
                int[][] truth = new int[chunk.length][];
                for (int i = 0; i < chunk.length; i++) {
                    truth[i] = data.groundTruth(chunk[i]);
                }
                try (NDManager sub = m.newSubManager()) {
                    List<TopKOutcome> out = universal.evaluate(sub, training.delta(),
                            ImageSource.of(data, chunk, in.height(), in.width()), context.keepImages(), control);
                    List<AttackOutcome> records = records(out, truth, context);
                    for (int i = 0; i < records.size(); i++) {
                        records.set(i, records.get(i).withMeasures(Map.of(
                                "in_training", trainingSet.contains(chunk[i]) ? 1.0 : 0.0,
                                "training_fooling_rate", training.foolingRates()[training.foolingRates().length - 1],
                                "training_passes", (double) training.passes())));
                    }
                    sink.accept(records);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(attack.name() + ": " + e.getMessage(), e);
        }
    }

    /** The first {@code n} items of the data set that are not in {@code excluded}, in index order. */
    static int[] trainingItems(int count, int n, int[] excluded) {
        java.util.Set<Integer> skip = new java.util.HashSet<>();
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
        return java.util.Arrays.copyOf(out, k);
    }

    private static TopKAttack.Options options(ComponentCall attack, Classifier model, AttackContext context) {
        TopKAttack.Kind kind = switch (attack.name()) {
            case "tkml_u" -> TopKAttack.Kind.UNTARGETED;
            case "tkml_t" -> TopKAttack.Kind.TARGETED;
            default -> TopKAttack.Kind.MLAP;
        };
        double eps = number(attack, "eps", -1);
        TopKTargets.Case targetCase = attack.args().containsKey("case")
                ? TopKTargets.Case.parse(attack.string("case")) : TopKTargets.Case.BEST;
        return new TopKAttack.Options(kind, k(attack), eps > 0 ? eps : TopKAttack.defaultEps(kind,
                model.config().input()), integer(attack, "max_iter", 1000), number(attack, "lr", 0.01), targetCase,
                context.settings().seed(), 0, context.settings().faithful(), true);
    }

    /** The generic records: no plan budget (NaN), the aim as the target, the attack's verdicts as measures. */
    private static List<AttackOutcome> records(List<TopKOutcome> out, int[][] truth, AttackContext context) {
        List<AttackOutcome> records = new ArrayList<>(out.size());
        for (int b = 0; b < out.size(); b++) {
            TopKOutcome t = out.get(b);
            AttackOutcome o = t.outcome();
            Map<String, Double> measures = new HashMap<>();
            measures.put("success", t.success() ? 1.0 : 0.0);
            measures.put("queries", (double) t.queries());
            if (t.success()) {
                measures.put("pert", t.pert());
            }
            for (int i = 0; i < TopKMetrics.FR_KS.length; i++) {
                measures.put("fr_" + TopKMetrics.FR_KS[i], t.foolingAtK()[i] ? 1.0 : 0.0);
            }
            AttackOutcome unbudgeted = new AttackOutcome(o.item(), Double.NaN, o.flips(), o.iterations(), o.linf(),
                    o.l2(), o.rmsd(), o.clean(), o.adversarial(), o.seconds(), o.image(), aim(t, truth[b]),
                    context.settings().threshold(), measures);
            records.add(unbudgeted);
        }
        return records;
    }

    /** Targeted: T positive, the rest negative; untargeted: the ground truth negative, the rest free. */
    private static float[] aim(TopKOutcome t, int[] truth) {
        float[] aim = new float[truth.length];
        if (t.target() != null) {
            for (int j : t.target()) {
                aim[j] = 1f;
            }
            return aim;
        }
        for (int j = 0; j < truth.length; j++) {
            aim[j] = truth[j] == 1 ? 0f : Float.NaN;
        }
        return aim;
    }

    private static int k(ComponentCall attack) {
        return integer(attack, "k", attack.name().equals("tkml_uv") || attack.name().equals("kuap") ? 1 : 3);
    }

    private static int integer(ComponentCall attack, String key, long fallback) {
        long n = attack.args().containsKey(key) ? attack.integer(key) : fallback;
        if (n < 1 || n > 1_000_000) {
            throw new AtkRuntimeException(attack.name() + ": " + key + " must be in 1..1000000, got " + n);
        }
        return (int) n;
    }

    private static double number(ComponentCall attack, String key, double fallback) {
        return attack.args().containsKey(key) ? attack.number(key) : fallback;
    }
}
