package dev.atk.stdlib.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.SceneGenerator;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.data.Split;
import dev.atk.stdlib.model.Architectures;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.DjlClassifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import dev.atk.stdlib.engine.Gradients;

/**
 * Prints the numbers docs/models.md records for a bundled model ({@code fashion_cnn}, {@code q2l_fashion}, or
 * any model name or config path): parameter count, mAP on the shipped sample and on a larger generated test
 * set, per-label AP extremes, confidence spread, float64 agreement and input-gradient speed. With
 * {@code --compare OTHER} the input-gradient speed of a second model is measured in the same run, the two
 * models' timings interleaved (best of {@code --rounds} rounds each), so a busy machine affects both alike.
 *
 * <pre>--model fashion_cnn  --test 10000  --seed 20170828  [--compare fashion_cnn  --rounds 3]</pre>
 */
public final class EvaluateFashionCnn {
    private EvaluateFashionCnn() {}

    public static void main(String[] argv) {
        Args.offline();
        Args a = new Args(argv);
        String name = a.get("model", "fashion_cnn");
        int testCount = a.getInt("test", 10_000);
        long seed = a.getLong("seed", SceneGenerator.DEFAULT_SEED);
        String compare = a.get("compare", null);
        int rounds = a.getInt("rounds", compare == null ? 1 : 3);
        try (DjlClassifier model = BundledModels.load(name);
                NDManager manager = NDManager.newBaseManager()) {
            System.out.println("model " + model.config().name() + " (" + model.config().architecture() + ") sha256 "
                    + model.weightsHash());
            System.out.printf(Locale.ROOT, "parameters: %,d%n", parameterCount(name));
            SceneSet sample = BundledScenes.load();
            float[][] logits = Predict.logits(model::logits, sample, manager, 250);
            report("shipped sample (" + sample.count() + " test scenes)", model, sample, logits);
            if (testCount > 0 && FashionMnist.isInstalled()) {
                SceneSet test = new SceneGenerator(FashionMnist.installed(), seed).generate(Split.TEST, 0, testCount);
                report("generated test scenes 0.." + (testCount - 1), model, test,
                        Predict.logits(model::logits, test, manager, 250));
            }
            try (DjlClassifier f64 = BundledModels.load(name, DataType.FLOAT64)) {
                float[][] l64 = Predict.logits(f64::logits, sample.head(100), manager, 50);
                double max = 0;
                for (int i = 0; i < l64.length; i++) {
                    for (int j = 0; j < l64[i].length; j++) {
                        max = Math.max(max, Math.abs(l64[i][j] - logits[i][j]));
                    }
                }
                System.out.printf(Locale.ROOT, "float64 vs float32 logits: max |diff| %.2e over 100 scenes%n", max);
            }
            try (DjlClassifier other = compare == null ? null : BundledModels.load(compare)) {
                for (int batch : new int[] {1, 16, 64}) {
                    double best = Double.MAX_VALUE;
                    double bestOther = Double.MAX_VALUE;
                    for (int r = 0; r < rounds; r++) {
                        best = Math.min(best, gradientMillisPerImage(model, sample, manager, batch));
                        if (other != null) {
                            bestOther = Math.min(bestOther, gradientMillisPerImage(other, sample, manager, batch));
                        }
                    }
                    if (other == null) {
                        System.out.printf(Locale.ROOT, "forward+backward wrt input, batch %d: %.3f ms/image%n", batch,
                                best);
                    } else {
                        System.out.printf(Locale.ROOT, "forward+backward wrt input, batch %d: %s %.3f ms/image, %s"
                                + " %.3f ms/image, ratio %.2f%n", batch, name, best, compare, bestOther,
                                best / bestOther);
                    }
                }
            }
        }
    }

    /** Number of scalar parameters of a model's architecture (a fresh block of the config's shape). */
    static long parameterCount(String nameOrPath) {
        ModelConfig config = BundledModels.config(nameOrPath);
        Block block = Architectures.build(config.architecture(), config.numLabels());
        try (NDManager m = NDManager.newBaseManager()) {
            ModelConfig.Input in = config.input();
            block.initialize(m, DataType.FLOAT32, new Shape(1, in.channels(), in.height(), in.width()));
            long n = 0;
            for (Parameter p : block.getParameters().values()) {
                n += p.getArray().size();
            }
            return n;
        }
    }

    static void report(String title, DjlClassifier model, SceneSet scenes, float[][] logits) {
        MeanAveragePrecision.Result r = MeanAveragePrecision.compute(logits, scenes.labelMatrix());
        float[][] p = Predict.sigmoid(logits);
        System.out.printf(Locale.ROOT, "%n== %s%nmAP %.4f over %d labels with a positive%n", title, r.meanAp(),
                r.labelsCounted());
        Integer[] order = new Integer[r.perLabel().length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> Double.isNaN(r.perLabel()[j])
                ? Double.MAX_VALUE : r.perLabel()[j]));
        StringBuilder worst = new StringBuilder("lowest AP: ");
        for (int k = 0; k < 5; k++) {
            worst.append(String.format(Locale.ROOT, "%s %.3f  ", scenes.labelNames().get(order[k]),
                    r.perLabel()[order[k]]));
        }
        System.out.println(worst);
        System.out.printf(Locale.ROOT, "highest AP: %s %.4f%n", scenes.labelNames().get(r.best()),
                r.perLabel()[r.best()]);
        ConfidenceStats all = ConfidenceStats.of(p);
        System.out.printf(Locale.ROOT, "confidences in (0.05,0.95): %.3f; in (0.01,0.99): %.3f%n",
                ConfidenceStats.fractionBetween(p, 0.05, 0.95), ConfidenceStats.fractionBetween(p, 0.01, 0.99));
        System.out.println("histogram (10 bins over [0,1], fraction): " + fmt(all.fractions()));
        double[] posHist = new double[10];
        double[] negHist = new double[10];
        long tp = 0, fp = 0, fn = 0, npos = 0, nneg = 0;
        double posSum = 0, negSum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                int bin = Math.min(9, (int) (p[i][j] * 10));
                boolean y = scenes.hasLabel(i, j);
                boolean pred = p[i][j] >= model.config().threshold();
                if (y) {
                    posHist[bin]++;
                    npos++;
                    posSum += p[i][j];
                } else {
                    negHist[bin]++;
                    nneg++;
                    negSum += p[i][j];
                }
                tp += y && pred ? 1 : 0;
                fp += !y && pred ? 1 : 0;
                fn += y && !pred ? 1 : 0;
            }
        }
        for (int b = 0; b < 10; b++) {
            posHist[b] /= npos;
            negHist[b] /= nneg;
        }
        System.out.printf(Locale.ROOT, "positives: mean confidence %.3f, histogram %s%n", posSum / npos,
                fmt(posHist));
        System.out.printf(Locale.ROOT, "negatives: mean confidence %.4f, histogram %s%n", negSum / nneg,
                fmt(negHist));
        System.out.printf(Locale.ROOT, "at threshold %.2f: precision %.3f, recall %.3f, F1 %.3f%n",
                model.config().threshold(), tp / (double) (tp + fp), tp / (double) (tp + fn),
                2.0 * tp / (2.0 * tp + fp + fn));
    }

    static double gradientMillisPerImage(DjlClassifier model, SceneSet scenes, NDManager parent, int batch) {
        int[] idx = new int[batch];
        for (int k = 0; k < batch; k++) {
            idx[k] = k % scenes.count();
        }
        int reps = Math.max(5, 256 / batch);
        long start = 0;
        for (int r = 0; r < reps + 3; r++) {
            if (r == 3) {
                start = System.nanoTime();
            }
            try (NDManager m = parent.newSubManager()) {
                NDArray x = scenes.images(m, idx);
                x.setRequiresGradient(true);
                try (GradientCollector gc = Gradients.collector()) {
                    NDArray z = model.logits(x);
                    gc.backward(z.sum());
                }
                x.getGradient().sum().getFloat();
            }
        }
        return (System.nanoTime() - start) / 1e6 / (reps * (double) batch);
    }

    private static String fmt(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < v.length; k++) {
            sb.append(String.format(Locale.ROOT, "%.3f", v[k])).append(k < v.length - 1 ? " " : "]");
        }
        return sb.toString();
    }
}
