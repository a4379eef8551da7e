package dev.atk.optimize;

import dev.atk.plan.Plan;
import dev.atk.plan.PlanNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes that compute the same thing (equal digests) are computed once: a model loaded twice, the same sample drawn
 * twice, the clean pass shared by every attack on the same images, the profile hoisted out of loops. Effects
 * (print, report) are never merged.
 */
public final class ShareCommonWork implements Rule {

    @Override
    public String name() {
        return "share-common-work";
    }

    @Override
    public Plan apply(Plan plan) {
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<Integer, Integer> replaced = new HashMap<>();
        List<PlanNode> kept = new ArrayList<>();
        for (PlanNode n : plan.nodes()) {
            if (!n.isEffect()) {
                String key = key(plan, n);
                Integer first = firstByKey.putIfAbsent(key, n.id());
                if (first != null) {
                    replaced.put(n.id(), first);
                    continue;
                }
            }
            kept.add(n);
        }
        if (replaced.isEmpty()) {
            return plan;
        }
        return new Plan(kept.stream().map(n -> n.withInputs(Rule.renaming(replaced))).toList());
    }

    /** The digest, plus what an attack's digest leaves out on purpose (its budgets and result set). */
    private static String key(Plan plan, PlanNode n) {
        String d = plan.digest(n.id());
        if (n instanceof PlanNode.Attack a) {
            return d + a.budgets() + a.into();
        }
        return d;
    }
}
