package dev.atk.exec;

import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.DataHandle;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which images each row of a one-label analysis attacks. Correlations: Flip-up (§5.1): the same images for every label, the first
 * {@code samples} of the seeded order. Flip-down (§5.2): per label ℓ, the first {@code samples} images of the seeded
 * order whose ground truth contains ℓ (a rare label may have fewer; its row averages what there is).
 */
final class LabelImages {
    private LabelImages() {}

    static int[][] perLabel(LabelAttackRequest request, int[] seededOrder, DataHandle data, int labels) {
        int[][] out = new int[labels][];
        if (request.up()) {
            int[] first = Arrays.copyOf(seededOrder, Math.min(request.samples(), seededOrder.length));
            Arrays.fill(out, first);
            return out;
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            rows.add(new ArrayList<>());
        }
        for (int item : seededOrder) {
            int[] truth = data.groundTruth(item);
            for (int l = 0; l < labels; l++) {
                if (truth[l] == 1 && rows.get(l).size() < request.samples()) {
                    rows.get(l).add(item);
                }
            }
        }
        for (int l = 0; l < labels; l++) {
            out[l] = rows.get(l).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Attackability's candidates (§7.6): per label, the seeded order filtered to images whose ground truth is on the
     * side the label is pushed away from (positive for flip-down, negative for flip-up). The backend keeps the first
     * {@code samples} that the model predicts correctly.
     */
    static int[][] candidates(LabelAttackRequest request, int[] seededOrder, DataHandle data, int labels) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            rows.add(new ArrayList<>());
        }
        int want = request.up() ? 0 : 1;
        for (int item : seededOrder) {
            int[] truth = data.groundTruth(item);
            for (int l = 0; l < labels; l++) {
                // twice the sample size leaves room for the ones the model gets wrong without scanning everything
                if (truth[l] == want && rows.get(l).size() < 2L * request.samples() + 10) {
                    rows.get(l).add(item);
                }
            }
        }
        int[][] out = new int[labels][];
        for (int l = 0; l < labels; l++) {
            out[l] = rows.get(l).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Share of items on which each label is positive: the label frequency attackability is compared with. */
    static double[] frequency(DataHandle data, int labels) {
        double[] f = new double[labels];
        for (int i = 0; i < data.size(); i++) {
            int[] truth = data.groundTruth(i);
            for (int l = 0; l < labels; l++) {
                f[l] += truth[l];
            }
        }
        for (int l = 0; l < labels; l++) {
            f[l] /= Math.max(1, data.size());
        }
        return f;
    }

    /** MI-FGSM iterations of each one-label attack, int(ε/α) (§2.1), for the progress bar. */
    static long iterations(double eps, RunSettings settings) {
        return (long) (eps / settings.alpha());
    }
}
