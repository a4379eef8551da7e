package dev.atk.stdlib.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Algorithm 1 (ALGORITHMS.md §5.1) and its flip-down twin (§5.2): for every label ℓ and each of its images, MI-FGSM
 * with BCE weighted one-hot on ℓ pushes ℓ alone up (t_ℓ = 1) or down (t_ℓ = 0), whatever its clean prediction, and
 * row ℓ of the matrix accumulates the mean change of every label's confidence, sigmoid(model(x')) − sigmoid(model(x)).
 */
public final class CorrelationExtractor {
    private final Classifier model;
    private final MiFgsmConfig config;

    public CorrelationExtractor(Classifier model, MiFgsmConfig config) {
        this.model = model;
        this.config = config;
    }

    /**
     * @param images loads a batch of images by item index into a manager
     * @param itemsPerLabel the images of each label's row (the same array for every label when flipping up)
     * @param batch rows per tensor
     */
    public CorrelationResult run(NDManager parent, BiFunction<NDManager, int[], NDArray> images, int labels,
                                 int[][] itemsPerLabel, LabelAttackRequest request, int batch, RunControl control) {
        long start = System.nanoTime();
        if (itemsPerLabel.length != labels) {
            throw new IllegalArgumentException(itemsPerLabel.length + " item lists for " + labels + " labels");
        }
        List<OneLabelAttacks.Row> rows = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            for (int item : itemsPerLabel[l]) {
                rows.add(new OneLabelAttacks.Row(l, item, request.up()));
            }
        }
        CleanConfidences clean = CleanConfidences.of(model, parent, images, itemsPerLabel, batch, control);
        double[][] sum = new double[labels][labels];
        OneLabelAttacks attacks = new OneLabelAttacks(model, config);
        attacks.run(parent, images, rows, clean, request.eps(), batch, control, (row, before, after) -> {
            for (int j = 0; j < labels; j++) {
                sum[row.label()][j] += after[j] - before[j];
            }
        });
        int[] counts = new int[labels];
        for (int l = 0; l < labels; l++) {
            counts[l] = itemsPerLabel[l].length;
            for (int j = 0; j < labels; j++) {
                sum[l][j] = counts[l] == 0 ? 0 : sum[l][j] / counts[l];
            }
        }
        return new CorrelationResult(request.eps(), request.direction(), labels, sum, counts,
                clean.forwardPasses() + attacks.forwardPasses(), attacks.backwardPasses(),
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
