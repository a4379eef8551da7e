package dev.atk.plan;

import dev.atk.value.AnalysisArgs;
import dev.atk.value.Budget;
import dev.atk.value.Deferred;
import dev.atk.value.PendingAnalysis;
import dev.atk.value.PendingProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Planned values that carry node ids (budgets of a profile, deferred expressions and their environments, pending
 * profiles and analyses), re-pointed when a rule merges nodes: a value planned against a node that was merged away must
 * still find its result at run time.
 */
final class PlannedValues {
    private PlannedValues() {}

    static Object rewire(Object v, IntUnaryOperator to) {
        if (v instanceof Budget b) {
            return rewireBudget(b, to);
        } else if (v instanceof Deferred d) {
            Map<String, Object> env = new HashMap<>();
            d.env().forEach((k, x) -> env.put(k, rewire(x, to)));
            Map<AnalysisArgs, Integer> analyses = new HashMap<>();
            d.analysisNodes().forEach((k, id) -> analyses.put(k, to.applyAsInt(id)));
            return new Deferred(d.expr(), Collections.unmodifiableMap(env), d.text(),
                    d.profileNode() < 0 ? d.profileNode() : to.applyAsInt(d.profileNode()), Map.copyOf(analyses));
        } else if (v instanceof PendingProfile p) {
            return new PendingProfile(to.applyAsInt(p.node()));
        } else if (v instanceof PendingAnalysis p) {
            return new PendingAnalysis(to.applyAsInt(p.node()));
        } else if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                out.add(rewire(x, to));
            }
            return out;
        }
        return v;
    }

    static Budget rewireBudget(Budget b, IntUnaryOperator to) {
        if (b instanceof Budget.OfProfile p) {
            return new Budget.OfProfile(to.applyAsInt(p.profileNode()), p.fraction());
        } else if (b instanceof Budget.Matched m) {
            return new Budget.Matched(to.applyAsInt(m.source()), m.sourceLabel());
        } else if (b instanceof Budget.Computed c) {
            return new Budget.Computed((Deferred) rewire(c.expression(), to));
        }
        return b; // Fixed and Minimal name no node
    }

    /** Ids after renaming, each once, in first-seen order (two merged inputs become one). */
    static List<Integer> distinct(List<Integer> ids, IntUnaryOperator to) {
        List<Integer> out = new ArrayList<>();
        for (int id : ids) {
            int r = to.applyAsInt(id);
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
