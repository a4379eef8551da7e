package dev.atk.exec;

import dev.atk.spi.CorrelationRequest;
import dev.atk.spi.DataHandle;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which images each row of a correlation matrix attacks. Flip-up (§5.1): the same images for every label, the first
 * {@code samples} of the seeded order. Flip-down (§5.2): per label ℓ, the first {@code samples} images of the seeded
 * order whose ground truth contains ℓ (a rare label may have fewer; its row averages what there is).
 */
final class CorrelationImages {
    private CorrelationImages() {}

    static int[][] perLabel(CorrelationRequest request, int[] seededOrder, DataHandle data, int labels) {
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

    /** MI-FGSM iterations of each one-label attack, int(ε/α) (§2.1), for the progress bar. */
    static long iterations(double eps, RunSettings settings) {
        return (long) (eps / settings.alpha());
    }
}
