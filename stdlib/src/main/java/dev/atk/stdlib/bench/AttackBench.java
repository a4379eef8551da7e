package dev.atk.stdlib.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.ClassicAttack;
import dev.atk.stdlib.attack.KFool;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MlCw;
import dev.atk.stdlib.attack.MlDeepFool;
import dev.atk.stdlib.attack.MlaLp;
import dev.atk.stdlib.attack.RankAttack;
import dev.atk.stdlib.attack.TopKAttack;
import dev.atk.stdlib.attack.TopKOutcome;
import dev.atk.stdlib.attack.TopKTargets;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.BundledModels;
import java.util.List;
import java.util.Locale;

/**
 * Per-attack cost on a bundled model (a main, prints a table, asserts nothing): for each attack at one budget (the
 * minimal-perturbation ones take none), the forward and backward passes per image counted at the model
 * ({@link CountingClassifier}; each row of a Jacobian's batch counts as one pass), the mean flips, and the wall
 * seconds per image, all on the same images in batches. The counter sees a backward pass when the model's input is a
 * leaf with a gradient; ML-CW differentiates a tanh-space modifier upstream of the image, so its backward passes (one
 * per iteration, the forward count minus the clean pass) show as 0.
 * <pre>
 * ./mvnw -o -q -pl stdlib exec:java -Dexec.mainClass=dev.atk.stdlib.bench.AttackBench \
 *     -Dai.djl.pytorch.num_threads=1 -Datk.home=$PWD [-Dexec.args="MODEL IMAGES EPS BATCH"]
 * </pre>
 * Defaults: fashion_cnn, 32 images, ε = 0.03, batch 16.
 */
public final class AttackBench {
    private AttackBench() {}

    /** How an attack under test runs a batch at budget ε. */
    private interface Run {
        List<AttackOutcome> batch(CountingClassifier model, NDManager m, NDArray x, int[] items, double eps);
    }

    /** @param cap at most this many of the images (the slow tanh-space and LP attacks), 0: all */
    private record Entry(String name, Run run, int cap) {
        Entry(String name, Run run) {
            this(name, run, 0);
        }
    }

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        String name = args.length > 0 ? args[0] : "fashion_cnn";
        int images = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        double eps = args.length > 2 ? Double.parseDouble(args[2]) : 0.03;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        SceneSet scenes = BundledScenes.load();
        MiFgsmConfig reference = MiFgsmConfig.reference();
        List<Entry> attacks = List.of(
                new Entry("bce() (MI-FGSM)", (model, m, x, items, e) -> new MiFgsm(model, reference)
                        .sweep(m, x, items, BceLoss.INSTANCE, null, new double[] {e}, RunControl.none()).get(0)),
                classic("fgsm()", new ClassicAttack(ClassicAttack.Kind.FGSM, 1, 1, false), reference),
                classic("fgm()", new ClassicAttack(ClassicAttack.Kind.FGM, 1, 1, false), reference),
                classic("bim(steps=10)", new ClassicAttack(ClassicAttack.Kind.BIM, 10, 1, false), reference),
                classic("pgd(steps=10)", new ClassicAttack(ClassicAttack.Kind.PGD, 10, 2.5, true), reference),
                new Entry("ml_deepfool() (no budget)", (model, m, x, items, e) -> new MlDeepFool(model, 0.5, 0, 1,
                        MlDeepFool.MAX_ITER, true).run(m, x, items, false, RunControl.none())),
                new Entry("ml_cw() (no budget, 1000 iterations)", (model, m, x, items, e) -> new MlCw(model, 0.5,
                        MlCw.Options.reference()).run(m, x, items, false, RunControl.none())),
                new Entry("mla_lp() (no budget, fixed mode)", (model, m, x, items, e) -> lp(model, m, x, items),
                        8),
                new Entry("rank1() (no budget, 10 × 1000 iterations)", (model, m, x, items, e) -> new RankAttack(model,
                        0.5, RankAttack.Kind.RANK1, RankAttack.reference(), false).run(m, x, items, null, false,
                        RunControl.none()), 8),
                new Entry("rank2() (no budget, 10 × 1000 iterations)", (model, m, x, items, e) -> new RankAttack(model,
                        0.5, RankAttack.Kind.RANK2, RankAttack.reference(), false).run(m, x, items, null, false,
                        RunControl.none()), 8),
                topK("tkml_u(k=3) (fixed mode)", TopKAttack.Kind.UNTARGETED, scenes),
                topK("tkml_t(k=3) (fixed mode)", TopKAttack.Kind.TARGETED, scenes),
                topK("ml_ap(k=3) (fixed mode)", TopKAttack.Kind.MLAP, scenes),
                new Entry("kfool(k=3) (fixed mode)", (model, m, x, items, e) -> outcomes(new KFool(model,
                        new KFool.Options(3, 1000, false)).run(m, x, items, truth(scenes, items), false,
                        RunControl.none())), 8));
        try (NDManager root = NDManager.newBaseManager();
             CountingClassifier model = new CountingClassifier(BundledModels.open(name))) {
            System.out.printf(Locale.ROOT, "model %s, %s %s, %d intra-op threads, %d images, eps %s, batch %d%n%n",
                    name, Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(),
                    ai.djl.pytorch.jni.JniUtils.getNumThreads(), images, eps, batch);
            System.out.println("| attack | forward / image | backward / image | mean flips | ms / image |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (Entry a : attacks) {
                model.reset();
                long start = System.nanoTime();
                long flips = 0;
                int count = a.cap() > 0 ? Math.min(a.cap(), images) : images;
                for (int from = 0; from < count; from += batch) {
                    int[] items = new int[Math.min(batch, count - from)];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = from + i;
                    }
                    try (NDManager m = root.newSubManager()) {
                        for (AttackOutcome o : a.run().batch(model, m, scenes.images(m, items), items, eps)) {
                            flips += o.flips();
                        }
                    }
                }
                double ms = (System.nanoTime() - start) / 1e6 / count;
                System.out.printf(Locale.ROOT, "| %s%s | %.1f | %.1f | %.2f | %.2f |%n", a.name(),
                        count < images ? " [" + count + " images]" : "", (double) model.forward() / count,
                        (double) model.backward() / count, (double) flips / count, ms);
            }
            MlaLp.Stats s = lpStats;
            if (s != null && s.lps() > 0) {
                System.out.printf(Locale.ROOT, "%nMLA-LP's linear programs (last batch): %d LPs, %d solver calls, "
                                + "%d variables, %d label rows as given to ojAlgo (the reference's encoding: %d rows), "
                                + "%.1f ms per LP, largest duality gap %.1e%n", s.lps(), s.solves(), s.variables(),
                        s.constraints(), s.referenceConstraints(), 1000 * s.solveSeconds() / s.lps(), s.maxGap());
            }
        }
    }

    private static MlaLp.Stats lpStats;

    /** A per-image top-k attack with the reference's settings in fixed mode (it attacks the real image). */
    private static Entry topK(String name, TopKAttack.Kind kind, SceneSet scenes) {
        return new Entry(name, (model, m, x, items, e) -> {
            TopKAttack.Options o = new TopKAttack.Options(kind, 3, TopKAttack.defaultEps(kind, model.config().input()),
                    1000, 0.01, TopKTargets.Case.BEST, 0, 0, false, true);
            return outcomes(new TopKAttack(model, o).run(m, x, items, truth(scenes, items), false, RunControl.none()));
        }, 8);
    }

    private static int[][] truth(SceneSet scenes, int[] items) {
        int[][] out = new int[items.length][];
        for (int i = 0; i < items.length; i++) {
            out[i] = scenes.groundTruth(items[i]);
        }
        return out;
    }

    private static List<AttackOutcome> outcomes(List<TopKOutcome> out) {
        return out.stream().map(TopKOutcome::outcome).toList();
    }

    /** MLA-LP in fixed mode, remembering its solver statistics for the LP line under the table. */
    private static List<AttackOutcome> lp(CountingClassifier model, NDManager m, NDArray x, int[] items) {
        MlaLp attack = new MlaLp(model, 0.5, 0, 1, MlaLp.MAX_ITER, false);
        List<AttackOutcome> out = attack.run(m, x, items, null, false, RunControl.none());
        lpStats = attack.lastStats();
        return out;
    }

    private static Entry classic(String name, ClassicAttack attack, MiFgsmConfig reference) {
        return new Entry(name, (model, m, x, items, eps) -> attack.run(model, reference, m, x, items, null,
                BceLoss.INSTANCE, null, null, eps, 11, false, RunControl.none()));
    }
}
