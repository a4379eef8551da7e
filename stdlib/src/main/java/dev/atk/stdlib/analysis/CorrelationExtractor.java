package dev.atk.stdlib.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.CorrelationPart;
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
        List<OneLabelAttacks.Row> rows = rows(labels, itemsPerLabel, request);
        CorrelationPart all = part(parent, images, rows, itemsPerLabel, request, batch, 0, rows.size(), control);
        // one part: the same arithmetic a cluster's assembled parts do, so both give the same matrix
        return CorrelationPart.assemble(request.eps(), request.direction(), labels, itemsPerLabel, List.of(all),
                CorrelationPart.distinctImages(itemsPerLabel));
    }

    /**
     * Rows {@code [from, to)} of the matrix (a cluster's share of it): the clean pass of every image of the matrix,
     * exactly as {@link #run} computes it, then the rows' one-label attacks in batches that start at {@code from},
     * which must be a multiple of {@code batch} for the batches to be {@link #run}'s.
     */
    public CorrelationPart part(NDManager parent, BiFunction<NDManager, int[], NDArray> images, int labels,
                                int[][] itemsPerLabel, LabelAttackRequest request, int batch, int from, int to,
                                RunControl control) {
        if (itemsPerLabel.length != labels) {
            throw new IllegalArgumentException(itemsPerLabel.length + " item lists for " + labels + " labels");
        }
        return part(parent, images, rows(labels, itemsPerLabel, request), itemsPerLabel, request, batch, from, to,
                control);
    }

    /** The first row of each of at most {@code parts} parts of whole batches, ascending from 0. */
    public static int[] partStarts(int rows, int batch, int parts) {
        int batches = Math.max(1, (rows + batch - 1) / batch);
        int n = Math.max(1, Math.min(parts, batches));
        int[] starts = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = OneLabelAttacks.share(rows, batch, k, n)[0];
        }
        return starts;
    }

    private CorrelationPart part(NDManager parent, BiFunction<NDManager, int[], NDArray> images,
                                 List<OneLabelAttacks.Row> rows, int[][] itemsPerLabel, LabelAttackRequest request,
                                 int batch, int from, int to, RunControl control) {
        if (from % batch != 0 || from < 0 || to > rows.size() || from > to) {
            throw new IllegalArgumentException("rows [" + from + ", " + to + ") of " + rows.size() + " in batches of "
                    + batch);
        }
        long start = System.nanoTime();
        CleanConfidences clean = CleanConfidences.of(model, parent, images, itemsPerLabel, batch, control);
        float[][] deltas = new float[to - from][];
        int[] next = {0};
        OneLabelAttacks attacks = new OneLabelAttacks(model, config);
        attacks.run(parent, images, rows.subList(from, to), clean, request.eps(), batch, control,
                (row, before, after) -> {
                    float[] delta = new float[after.length];
                    for (int j = 0; j < after.length; j++) {
                        delta[j] = after[j] - before[j];
                    }
                    deltas[next[0]++] = delta;
                });
        return new CorrelationPart(from, deltas, clean.forwardPasses() + attacks.forwardPasses(),
                attacks.backwardPasses(), (System.nanoTime() - start) / 1e9);
    }

    private static List<OneLabelAttacks.Row> rows(int labels, int[][] itemsPerLabel, LabelAttackRequest request) {
        if (itemsPerLabel.length != labels) {
            throw new IllegalArgumentException(itemsPerLabel.length + " item lists for " + labels + " labels");
        }
        List<OneLabelAttacks.Row> rows = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            for (int item : itemsPerLabel[l]) {
                rows.add(new OneLabelAttacks.Row(l, item, request.up()));
            }
        }
        return rows;
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
