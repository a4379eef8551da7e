package dev.atk.optimize;

import dev.atk.plan.Plan;
import dev.atk.spi.Catalog;
import java.util.ArrayList;
import java.util.List;

/** Runs the rule batch once, in order, and remembers which rules changed the plan (explain shows them). */
public final class Optimizer {
    private final List<Rule> rules;

    public record Result(Plan plan, List<String> applied) {}

    public Optimizer(Catalog catalog) {
        this.rules = List.of(new ShareCommonWork(), new FuseBudgetSweeps(catalog));
    }

    public Result optimize(Plan plan) {
        List<String> applied = new ArrayList<>();
        Plan current = plan;
        for (Rule rule : rules) {
            Plan next = rule.apply(current);
            if (next != current) {
                applied.add(rule.name());
            }
            current = next;
        }
        return new Result(current, applied);
    }
}
