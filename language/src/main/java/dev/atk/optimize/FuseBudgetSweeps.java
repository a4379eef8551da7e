package dev.atk.optimize;

import dev.atk.value.Budget;
import dev.atk.plan.Plan;
import dev.atk.plan.PlanNode;
import dev.atk.spi.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attack at several budgets becomes one node. When the attack's trajectory does not depend on ε (MI-FGSM with
 * BCE or linear loss: no projection, ALGORITHMS.md §2.1) the node is fused: ONE trajectory of the largest budget's
 * iterations with a checkpoint per budget, instead of a run per budget. Otherwise the budgets still share one node,
 * so the images are loaded and batched once. Only attacks between the same two reports are merged, so each report
 * still sees exactly the records written before it.
 */
public final class FuseBudgetSweeps implements Rule {
    private final Catalog catalog;

    public FuseBudgetSweeps(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "fuse-budget-sweeps";
    }

    @Override
    public Plan apply(Plan plan) {
        Map<Integer, Integer> replaced = new HashMap<>();
        Map<Integer, List<Budget>> budgetsOf = new HashMap<>();
        Map<String, Integer> openGroups = new LinkedHashMap<>();
        for (PlanNode n : plan.nodes()) {
            if (n instanceof PlanNode.Report) {
                openGroups.clear();
            }
            // minimal attacks have no budgets to fuse; per-image (matched) budgets run image by image
            if (!(n instanceof PlanNode.Attack a) || a.budgets().stream().anyMatch(b -> b instanceof Budget.Minimal
                    || b instanceof Budget.Matched)) {
                continue;
            }
            String key = plan.digest(a.id()) + a.into() + a.model() + a.sample() + a.predict() + a.profile() + "/" + a.correlations();
            Integer first = openGroups.putIfAbsent(key, a.id());
            budgetsOf.computeIfAbsent(first == null ? a.id() : first, k -> new ArrayList<>());
            List<Budget> group = budgetsOf.get(first == null ? a.id() : first);
            for (Budget b : a.budgets()) {
                if (!group.contains(b)) {
                    group.add(b);
                }
            }
            if (first != null) {
                replaced.put(a.id(), first);
            }
        }
        boolean anyMultiple = budgetsOf.values().stream().anyMatch(l -> l.size() > 1);
        if (replaced.isEmpty() && !anyMultiple) {
            return plan;
        }
        List<PlanNode> out = new ArrayList<>();
        for (PlanNode n : plan.nodes()) {
            if (replaced.containsKey(n.id())) {
                continue;
            }
            if (n instanceof PlanNode.Attack a && budgetsOf.containsKey(a.id())) {
                List<Budget> budgets = budgetsOf.get(a.id());
                boolean fused = budgets.size() > 1 && catalog.trajectoryIndependentOfBudget(a.call(), a.settings());
                n = a.withBudgets(List.copyOf(budgets),
                        fused ? catalog.trajectoriesPerImage(a.call(), a.settings()) : 0);
            }
            out.add(n.withInputs(Rule.renaming(replaced)));
        }
        return new Plan(out);
    }
}
