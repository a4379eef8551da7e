package dev.atk.stdlib.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AttackabilityPart;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Label attackability (ALGORITHMS.md §7.6): for each label ℓ, its candidate images (ground truth positive for
 * flip-down, negative for flip-up, in seeded order) are kept only when the clean prediction of ℓ matches the ground
 * truth, up to {@code samples} of them; ℓ alone is attacked toward the other side and we count how often it flips.
 */
public final class AttackabilityProbe {
    private final Classifier model;
    private final MiFgsmConfig config;

    public AttackabilityProbe(Classifier model, MiFgsmConfig config) {
        this.model = model;
        this.config = config;
    }

    /** @param candidates per label, the images whose ground truth is on the side ℓ is pushed away from */
    public AttackabilityResult run(NDManager parent, BiFunction<NDManager, int[], NDArray> images, int labels,
                                   int[][] candidates, LabelAttackRequest request, int batch, RunControl control) {
        return part(parent, images, labels, candidates, request, batch, 0, 1, control).result();
    }

    /**
     * Part {@code part} of {@code parts}: the clean pass and the selection of attacked rows of the whole, then the
     * attacks of the part's share of whole batches of rows ({@link OneLabelAttacks#share}).
     */
    public AttackabilityPart part(NDManager parent, BiFunction<NDManager, int[], NDArray> images, int labels,
                                  int[][] candidates, LabelAttackRequest request, int batch, int part, int parts,
                                  RunControl control) {
        long start = System.nanoTime();
        CleanConfidences clean = CleanConfidences.of(model, parent, images, candidates, batch, control);
        double threshold = config.threshold();
        List<OneLabelAttacks.Row> rows = new ArrayList<>();
        int[] attempts = new int[labels];
        double[] confidence = new double[labels];
        for (int l = 0; l < labels; l++) {
            for (int item : candidates[l]) {
                boolean predictedPositive = clean.of(item)[l] > threshold;
                // flip-down attacks images where ℓ is (correctly) predicted positive; flip-up where it is negative
                if (attempts[l] < request.samples() && predictedPositive != request.up()) {
                    rows.add(new OneLabelAttacks.Row(l, item, request.up()));
                    attempts[l]++;
                    confidence[l] += clean.of(item)[l];
                }
            }
        }
        int[] flipped = new int[labels];
        int[] share = OneLabelAttacks.share(rows.size(), batch, part, parts);
        OneLabelAttacks attacks = new OneLabelAttacks(model, config);
        attacks.run(parent, images, rows.subList(share[0], share[1]), clean, request.eps(), batch, control,
                (row, before, after) -> {
                    if ((before[row.label()] > threshold) != (after[row.label()] > threshold)) {
                        flipped[row.label()]++;
                    }
                });
        for (int l = 0; l < labels; l++) {
            confidence[l] = attempts[l] == 0 ? Double.NaN : confidence[l] / attempts[l];
        }
        double[] noFrequency = new double[labels];
        Arrays.fill(noFrequency, Double.NaN);
        return new AttackabilityPart(part, parts, new AttackabilityResult(request.eps(), request.direction(), labels,
                attempts, flipped, confidence, noFrequency, "", clean.forwardPasses() + attacks.forwardPasses(),
                attacks.backwardPasses(), (System.nanoTime() - start) / 1e9), clean.forwardPasses());
    }
}
