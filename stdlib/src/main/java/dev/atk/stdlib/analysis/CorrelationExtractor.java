package dev.atk.stdlib.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.CorrelationRequest;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.Measurement;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Algorithm 1 (ALGORITHMS.md §5.1) and its flip-down twin (§5.2): for every label ℓ and each of its images, MI-FGSM
 * with BCE weighted one-hot on ℓ pushes ℓ alone up (t_ℓ = 1) or down (t_ℓ = 0), and row ℓ of the matrix accumulates
 * the mean change of every label's confidence, sigmoid(model(x')) − sigmoid(model(x)).
 *
 * <p>Each (image, label) pair is one row of a batch: per-row normalisation makes every row's attack exactly its
 * batch-1 run, so batching changes no number. The clean confidences of each distinct image are computed once.
 */
public final class CorrelationExtractor {
    private final Classifier model;
    private final MiFgsmConfig config;

    public CorrelationExtractor(Classifier model, MiFgsmConfig config) {
        this.model = model;
        this.config = config;
    }

    /** One attacked row: label ℓ pushed on image {@code item}. */
    private record Task(int label, int item) {}

    /**
     * @param images loads a batch of images by item index into a manager
     * @param itemsPerLabel the images of each label's row (the same array for every label when flipping up)
     * @param batch rows per tensor
     */
    public CorrelationResult run(NDManager parent, BiFunction<NDManager, int[], NDArray> images, int labels,
                                 int[][] itemsPerLabel, CorrelationRequest request, int batch, RunControl control) {
        long start = System.nanoTime();
        if (itemsPerLabel.length != labels) {
            throw new IllegalArgumentException(itemsPerLabel.length + " item lists for " + labels + " labels");
        }
        List<Task> tasks = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            for (int item : itemsPerLabel[l]) {
                tasks.add(new Task(l, item));
            }
        }
        CleanConfidences clean = CleanConfidences.of(model, parent, images, itemsPerLabel, batch, control);
        int iterations = config.iterations(request.eps());
        double[][] sum = new double[labels][labels];
        long forward = clean.forwardPasses();
        long backward = 0;
        for (int from = 0; from < tasks.size(); from += batch) {
            List<Task> chunk = tasks.subList(from, Math.min(tasks.size(), from + batch));
            control.checkCancelled();
            try (NDManager sub = parent.newSubManager()) {
                int[] items = chunk.stream().mapToInt(Task::item).toArray();
                float[][] cleanRows = new float[chunk.size()][];
                float[] oneHot = new float[chunk.size() * labels];
                for (int r = 0; r < chunk.size(); r++) {
                    cleanRows[r] = clean.of(chunk.get(r).item());
                    oneHot[r * labels + chunk.get(r).label()] = 1f;
                }
                NDArray weights = sub.create(oneHot, new Shape(chunk.size(), labels));
                NDArray targets = request.up() ? weights : sub.zeros(new Shape(chunk.size(), labels), DataType.FLOAT32);
                try (MiFgsmState state = new MiFgsmState(model, config, sub, images.apply(sub, items), cleanRows,
                        weights, targets)) {
                    for (int k = 0; k < iterations; k++) {
                        control.checkCancelled();
                        state.step(BceLoss.INSTANCE);
                        control.advance(chunk.size());
                    }
                    Measurement m = state.measure();
                    for (int r = 0; r < chunk.size(); r++) {
                        double[] row = sum[chunk.get(r).label()];
                        for (int j = 0; j < labels; j++) {
                            row[j] += m.adversarial()[r][j] - cleanRows[r][j];
                        }
                    }
                }
            }
            forward += (long) chunk.size() * (iterations + 1);
            backward += (long) chunk.size() * iterations;
        }
        int[] counts = new int[labels];
        for (int l = 0; l < labels; l++) {
            counts[l] = itemsPerLabel[l].length;
            for (int j = 0; j < labels; j++) {
                sum[l][j] = counts[l] == 0 ? 0 : sum[l][j] / counts[l];
            }
        }
        return new CorrelationResult(request.eps(), request.direction(), labels, sum, counts, forward, backward,
                (System.nanoTime() - start) / 1e9);
    }

    /** Expected passes by Appendix F's formula, (fp + bp)·int(ε/α)·C·n, plus one clean and one final forward per row. */
    public static long[] expectedPasses(MiFgsmConfig config, double eps, int[][] itemsPerLabel, int distinctImages) {
        long rows = 0;
        for (int[] items : itemsPerLabel) {
            rows += items.length;
        }
        long iters = config.iterations(eps);
        return new long[] {rows * iters + rows + distinctImages, rows * iters};
    }
}
