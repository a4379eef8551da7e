package dev.atk.stdlib.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.CosineTracker;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.SceneGenerator;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.data.Split;
import dev.atk.stdlib.model.FashionCnn;
import dev.atk.stdlib.model.ModelConfig;
import dev.atk.stdlib.model.ModelConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Trains {@code fashion_cnn} (architecture {@code fashion_cnn_v2}) with ASL and Adam, deterministically,
 * and writes {@code <out>/fashion_cnn/fashion_cnn-0000.params} and {@code <out>/fashion_cnn.json}.
 *
 * <pre>
 * --out models  --train 50000  --val 5000  --epochs 6  --batch 64  --lr 0.001  --seed 20170828
 * </pre>
 */
public final class TrainFashionCnn {
    public static final String NAME = "fashion_cnn";

    private TrainFashionCnn() {}

    public static void main(String[] argv) throws IOException {
        Args.offline();
        Args a = new Args(argv);
        Path out = Path.of(a.get("out", "models"));
        int trainCount = a.getInt("train", 50_000);
        int valCount = a.getInt("val", 5_000);
        int epochs = a.getInt("epochs", 6);
        int batch = a.getInt("batch", 64);
        float lr = a.getFloat("lr", 1e-3f);
        long seed = a.getLong("seed", SceneGenerator.DEFAULT_SEED);
        int limitBatches = a.getInt("limit-batches", Integer.MAX_VALUE);

        long t0 = System.nanoTime();
        SceneGenerator gen = new SceneGenerator(FashionMnist.installed(), seed);
        SceneSet train = gen.generate(Split.TRAIN, 0, trainCount);
        SceneSet val = gen.generate(Split.VAL, 0, valCount);
        System.out.printf(Locale.ROOT, "data: %d train, %d val scenes in %.1f s%n", train.count(), val.count(),
                secs(t0));

        Engine.getInstance().setRandomSeed((int) seed);
        Block block = FashionCnn.build(FashionLabels.NUM_LABELS);
        AsymmetricLoss loss = AsymmetricLoss.standard();
        int batchesPerEpoch = Math.min(limitBatches, trainCount / batch);
        int totalSteps = epochs * batchesPerEpoch;
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(Adam.builder()
                        .optLearningRateTracker(CosineTracker.builder().setBaseValue(lr).optFinalValue(lr / 100)
                                .setMaxUpdates(totalSteps).build())
                        .build());
        long trainStart = System.nanoTime();
        try (Model model = Model.newInstance(NAME);
                NDManager evalManager = NDManager.newBaseManager()) {
            model.setBlock(block);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(FashionCnn.INPUT_SHAPE);
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
                            lossSum / batchesPerEpoch, r.meanAp(), ConfidenceStats.fractionBetween(Predict.sigmoid(logits), 0.05, 0.95), secs(epochStart));
                }
            }
            double trainSecs = secs(trainStart);
            System.out.printf(Locale.ROOT, "training wall time %.1f s%n", trainSecs);
            save(model, out);
        }
    }

    /** Writes the weights (cleaning old params first: DJL trap 9) and the config. */
    static void save(Model model, Path out) throws IOException {
        Path dir = out.resolve(NAME);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".params")) {
                    Files.delete(p);
                }
            }
        }
        model.save(dir, NAME);
        ModelConfig config = new ModelConfig(NAME, "djl", FashionCnn.ARCHITECTURE,
                NAME + "/" + NAME + "-0000.params", FashionLabels.names(),
                new ModelConfig.Input(1, FashionLabels.SIZE, FashionLabels.SIZE, 0, 1), "logits", 0.5, "fashion",
                "Small CNN (3 conv + 2 dense, no BatchNorm/Dropout) trained in Java with DJL and the asymmetric"
                        + " loss (gamma+ 0, gamma- 4, clip 0.05) on 56x56 Fashion-MNIST outfit scenes;"
                        + " 40 labels = garment class x quadrant. See docs/models.md.");
        ModelConfigLoader.write(config, out.resolve(NAME + ".json"));
        System.out.println("wrote " + dir.resolve(NAME + "-0000.params") + " and " + out.resolve(NAME + ".json"));
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
