package dev.atk.stdlib.attacks;

import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.stdlib.attack.TopKMetrics;
import dev.atk.stdlib.attack.TopKOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-k attacks' results as generic records (ALGORITHMS.md §9): no plan budget (NaN, the {@code min} column), the
 * aim as the target, and the attack's own verdicts as measures: {@code success}, {@code fr_1} … {@code fr_10}
 * (FR_k'), {@code pert} (only on success, as the reference averages it) and {@code queries}. For the untargeted attacks
 * the aim is the ground-truth labels out of the top k (0, the rest free); for the targeted ones the target set T in
 * (1) and the rest out (0).
 */
final class TopKRecords {
    private TopKRecords() {}

    static List<AttackOutcome> of(List<TopKOutcome> out, int[][] truth, AttackContext context) {
        List<AttackOutcome> records = new ArrayList<>(out.size());
        for (int b = 0; b < out.size(); b++) {
            TopKOutcome t = out.get(b);
            AttackOutcome o = t.outcome();
            Map<String, Double> measures = new HashMap<>();
            measures.put("success", t.success() ? 1.0 : 0.0);
            measures.put("queries", (double) t.queries());
            if (t.success()) {
                measures.put("pert", t.pert());
            }
            for (int i = 0; i < TopKMetrics.FR_KS.length; i++) {
                measures.put("fr_" + TopKMetrics.FR_KS[i], t.foolingAtK()[i] ? 1.0 : 0.0);
            }
            records.add(new AttackOutcome(o.item(), Double.NaN, o.flips(), o.iterations(), o.linf(), o.l2(), o.rmsd(),
                    o.clean(), o.adversarial(), o.seconds(), o.image(), aim(t, truth[b]),
                    context.settings().threshold(), measures));
        }
        return records;
    }

    /** Targeted: T positive, the rest negative; untargeted: the ground truth negative, the rest free. */
    private static float[] aim(TopKOutcome t, int[] truth) {
        float[] aim = new float[truth.length];
        if (t.target() != null) {
            for (int j : t.target()) {
                aim[j] = 1f;
            }
            return aim;
        }
        for (int j = 0; j < truth.length; j++) {
            aim[j] = truth[j] == 1 ? 0f : Float.NaN;
        }
        return aim;
    }
}
