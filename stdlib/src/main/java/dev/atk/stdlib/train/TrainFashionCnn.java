package dev.atk.stdlib.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.Tracker;
import ai.djl.training.tracker.WarmUpTracker;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.SceneGenerator;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.data.Split;
import dev.atk.stdlib.model.ModelConfig;
import dev.atk.stdlib.model.ModelConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Trains a bundled fashion model ({@code --model fashion_cnn}, the default, or {@code q2l_fashion}; see
 * {@link TrainingRecipe}) with ASL and Adam (optional linear warm-up, then cosine decay to lr/100),
 * deterministically, and writes {@code <out>/<model>/<model>-0000.params} and {@code <out>/<model>.json}.
 * Options left out take the recipe's defaults.
 *
 * <pre>
 * --model fashion_cnn  --out models  --train 50000  --val 5000  --epochs 6  --batch 64  --lr 0.001
 * --warmup 0  --seed 20170828  [--limit-batches N]
 * </pre>
 */
public final class TrainFashionCnn {

    private TrainFashionCnn() {}

    public static void main(String[] argv) throws IOException {
        Args.offline();
        Args a = new Args(argv);
        TrainingRecipe recipe = TrainingRecipe.named(a.get("model", TrainingRecipe.FASHION_CNN.name()));
        Path out = Path.of(a.get("out", "models"));
        int trainCount = a.getInt("train", 50_000);
        int valCount = a.getInt("val", 5_000);
        int epochs = a.getInt("epochs", recipe.epochs());
        int batch = a.getInt("batch", recipe.batch());
        float lr = a.getFloat("lr", recipe.lr());
        int warmup = a.getInt("warmup", recipe.warmupSteps());
        long seed = a.getLong("seed", SceneGenerator.DEFAULT_SEED);
        int limitBatches = a.getInt("limit-batches", Integer.MAX_VALUE);

        long t0 = System.nanoTime();
        SceneGenerator gen = new SceneGenerator(FashionMnist.installed(), seed);
        SceneSet train = gen.generate(Split.TRAIN, 0, trainCount);
        SceneSet val = gen.generate(Split.VAL, 0, valCount);
        System.out.printf(Locale.ROOT, "data: %d train, %d val scenes in %.1f s%n", train.count(), val.count(),
                secs(t0));

        Engine.getInstance().setRandomSeed((int) seed);
        Block block = recipe.build();
        AsymmetricLoss loss = AsymmetricLoss.standard();
        int batchesPerEpoch = Math.min(limitBatches, trainCount / batch);
        int totalSteps = epochs * batchesPerEpoch;
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(Adam.builder().optLearningRateTracker(schedule(lr, warmup, totalSteps)).build());
        System.out.printf(Locale.ROOT, "training %s (%s): %d epochs x %d batches of %d, lr %g, warm-up %d steps%n",
                recipe.name(), recipe.architecture(), epochs, batchesPerEpoch, batch, lr, warmup);
        long trainStart = System.nanoTime();
        try (Model model = Model.newInstance(recipe.name());
                NDManager evalManager = NDManager.newBaseManager()) {
            model.setBlock(block);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, 1, FashionLabels.SIZE, FashionLabels.SIZE));
                int[] order = new int[trainCount];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                for (int epoch = 0; epoch < epochs; epoch++) {
                    shuffle(order, new SplittableRandom(seed + 1000L * (epoch + 1)));
                    double lossSum = 0;
                    long epochStart = System.nanoTime();
                    for (int b = 0; b < batchesPerEpoch; b++) {
                        int[] idx = java.util.Arrays.copyOfRange(order, b * batch, (b + 1) * batch);
                        try (NDManager m = trainer.getManager().newSubManager()) {
                            NDArray x = train.images(m, idx);
                            NDArray y = train.targets(m, idx);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray z = trainer.forward(new NDList(x)).singletonOrThrow();
                                NDArray l = loss.compute(z, y);
                                lossSum += l.getFloat();
                                gc.backward(l);
                            }
                            trainer.step();
                        }
                        if ((b + 1) % 100 == 0) {
                            double s = secs(epochStart);
                            System.out.printf(Locale.ROOT, "  epoch %d batch %d/%d loss %.4f  %.2f ms/image%n",
                                    epoch + 1, b + 1, batchesPerEpoch, lossSum / (b + 1),
                                    1000 * s / ((b + 1) * (double) batch));
                        }
                    }
                    float[][] logits = Predict.logits(x -> trainer.evaluate(new NDList(x)).singletonOrThrow(),
                            val, evalManager, 256);
                    MeanAveragePrecision.Result r = MeanAveragePrecision.compute(logits, val.labelMatrix());
                    System.out.printf(Locale.ROOT,
                            "epoch %d: train loss %.4f, val mAP %.4f, mid-confidence %.3f, %.0f s%n", epoch + 1,
                            lossSum / batchesPerEpoch, r.meanAp(),
                            ConfidenceStats.fractionBetween(Predict.sigmoid(logits), 0.05, 0.95), secs(epochStart));
                }
            }
            double trainSecs = secs(trainStart);
            System.out.printf(Locale.ROOT, "training wall time %.1f s%n", trainSecs);
            save(model, recipe, out);
        }
    }

    /**
     * The learning rate: cosine decay from {@code lr} to {@code lr/100} over the steps after a linear warm-up
     * from 0 over {@code warmup} steps (no warm-up: plain cosine over all steps, the fashion_cnn recipe).
     */
    static Tracker schedule(float lr, int warmup, int totalSteps) {
        CosineTracker cosine = CosineTracker.builder().setBaseValue(lr).optFinalValue(lr / 100)
                .setMaxUpdates(Math.max(1, totalSteps - warmup)).build();
        if (warmup <= 0) {
            return cosine;
        }
        return WarmUpTracker.builder().setMainTracker(cosine).optWarmUpSteps(warmup).optWarmUpBeginValue(0)
                .build();
    }

    /** Writes the weights (cleaning old params first: DJL trap 9) and the config. */
    static void save(Model model, TrainingRecipe recipe, Path out) throws IOException {
        String name = recipe.name();
        Path dir = out.resolve(name);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".params")) {
                    Files.delete(p);
                }
            }
        }
        model.save(dir, name);
        ModelConfig config = new ModelConfig(name, "djl", recipe.architecture(),
                name + "/" + name + "-0000.params", FashionLabels.names(),
                new ModelConfig.Input(1, FashionLabels.SIZE, FashionLabels.SIZE, 0, 1), "logits", 0.5, "fashion",
                recipe.description());
        ModelConfigLoader.write(config, out.resolve(name + ".json"));
        System.out.println("wrote " + dir.resolve(name + "-0000.params") + " and " + out.resolve(name + ".json"));
    }

    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
