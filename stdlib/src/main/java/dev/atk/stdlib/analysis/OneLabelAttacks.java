package dev.atk.stdlib.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.Measurement;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.Classifier;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The kernel of the one-label analyses: MI-FGSM with BCE weighted one-hot on a label ℓ and target t_ℓ = 1 (up) or 0
 * (down), for many (label, image) rows. Each row is one row of a batch; per-row normalisation makes it exactly its
 * batch-1 run, so batching changes no number. Clean confidences are computed once per distinct image.
 */
final class OneLabelAttacks {
    /** Label {@code label} pushed {@code up} or down on image {@code item}. */
    record Row(int label, int item, boolean up) {}

    /** Gets every finished row with its clean and adversarial confidences. */
    interface RowSink {
        void accept(Row row, float[] clean, float[] adversarial);
    }

    private final Classifier model;
    private final MiFgsmConfig config;
    private long forwardPasses;
    private long backwardPasses;

    OneLabelAttacks(Classifier model, MiFgsmConfig config) {
        this.model = model;
        this.config = config;
    }

    void run(NDManager parent, BiFunction<NDManager, int[], NDArray> images, List<Row> rows, CleanConfidences clean,
             double eps, int batch, RunControl control, RowSink sink) {
        int labels = clean.labels();
        int iterations = config.iterations(eps);
        for (int from = 0; from < rows.size(); from += batch) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
            control.checkCancelled();
            try (NDManager sub = parent.newSubManager()) {
                int[] items = chunk.stream().mapToInt(Row::item).toArray();
                float[][] cleanRows = new float[chunk.size()][];
                float[] oneHot = new float[chunk.size() * labels];
                float[] target = new float[chunk.size() * labels];
                for (int r = 0; r < chunk.size(); r++) {
                    Row row = chunk.get(r);
                    cleanRows[r] = clean.of(row.item());
                    oneHot[r * labels + row.label()] = 1f;
                    target[r * labels + row.label()] = row.up() ? 1f : 0f;
                }
                NDArray weights = sub.create(oneHot, new Shape(chunk.size(), labels));
                NDArray targets = sub.create(target, new Shape(chunk.size(), labels));
                try (MiFgsmState state = new MiFgsmState(model, config, sub, images.apply(sub, items), cleanRows,
                        weights, targets)) {
                    for (int k = 0; k < iterations; k++) {
                        control.checkCancelled();
                        state.step(BceLoss.INSTANCE);
                        control.advance(chunk.size());
                    }
                    Measurement m = state.measure();
                    for (int r = 0; r < chunk.size(); r++) {
                        sink.accept(chunk.get(r), cleanRows[r], m.adversarial()[r]);
                    }
                }
            }
            forwardPasses += (long) chunk.size() * (iterations + 1);
            backwardPasses += (long) chunk.size() * iterations;
        }
    }

    /**
     * Rows {@code [from, to)} of part {@code part} of {@code parts}: the part's equal share of whole batches, so that
     * the parts' batches are exactly those of one run over all rows.
     */
    static int[] share(int rows, int batch, int part, int parts) {
        if (parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
        int batches = (rows + batch - 1) / batch;
        int from = (int) ((long) part * batches / parts) * batch;
        int to = (int) ((long) (part + 1) * batches / parts) * batch;
        return new int[] {Math.min(from, rows), Math.min(to, rows)};
    }

    /** Forward passes so far: every iteration's, plus the final measurement of each row. */
    long forwardPasses() {
        return forwardPasses;
    }

    long backwardPasses() {
        return backwardPasses;
    }
}
