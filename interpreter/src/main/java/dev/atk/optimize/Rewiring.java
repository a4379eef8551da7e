package dev.atk.optimize;

import dev.atk.eval.AnalysisArgs;
import dev.atk.eval.Budget;
import dev.atk.eval.Deferred;
import dev.atk.eval.PendingAnalysis;
import dev.atk.eval.PendingProfile;
import dev.atk.plan.PlanNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rebuilds nodes with their input ids replaced, after a rule merged some nodes into others. */
final class Rewiring {
    private Rewiring() {}

    static PlanNode rewire(PlanNode n, Map<Integer, Integer> replaced) {
        if (n instanceof PlanNode.LoadModel m) {
            return m;
        } else if (n instanceof PlanNode.LoadData d) {
            return d;
        } else if (n instanceof PlanNode.Sample s) {
            return new PlanNode.Sample(s.id(), s.span(), to(s.data(), replaced), s.n(), s.seed(), s.where(), s.whereText());
        } else if (n instanceof PlanNode.Predict p) {
            return new PlanNode.Predict(p.id(), p.span(), to(p.model(), replaced), to(p.sample(), replaced), p.threshold());
        } else if (n instanceof PlanNode.Profile p) {
            return new PlanNode.Profile(p.id(), p.span(), to(p.model(), replaced), to(p.probe(), replaced), p.request(), p.settings());
        } else if (n instanceof PlanNode.Correlations c) {
            return new PlanNode.Correlations(c.id(), c.span(), to(c.model(), replaced), to(c.sample(), replaced),
                    c.request(), c.settings());
        } else if (n instanceof PlanNode.Attackability a) {
            return new PlanNode.Attackability(a.id(), a.span(), to(a.model(), replaced), to(a.sample(), replaced),
                    a.request(), a.settings());
        } else if (n instanceof PlanNode.Attack a) {
            return new PlanNode.Attack(a.id(), a.span(), to(a.model(), replaced), to(a.sample(), replaced),
                    to(a.predict(), replaced), a.profile() < 0 ? -1 : to(a.profile(), replaced),
                    a.correlations() < 0 ? -1 : to(a.correlations(), replaced), a.call(), a.label(),
                    a.budgets().stream().map(b -> (Budget) value(b, replaced)).toList(), a.fused(), a.settings(), a.into());
        } else if (n instanceof PlanNode.Report r) {
            return new PlanNode.Report(r.id(), r.span(), distinct(r.attacks(), replaced), r.metric(), r.set(), r.format(), r.to(), r.images(),
                    r.chartX());
        } else if (n instanceof PlanNode.Chart c) {
            return new PlanNode.Chart(c.id(), c.span(), value(c.value(), replaced), c.text(), distinct(c.needs(), replaced),
                    c.to());
        } else if (n instanceof PlanNode.Print p) {
            return new PlanNode.Print(p.id(), p.span(), value(p.value(), replaced), p.text(), distinct(p.needs(), replaced));
        }
        throw new IllegalStateException("unexpected " + n);
    }

    /**
     * A planned value with the node ids it carries (budgets of a profile, deferred expressions and their
     * environments, pending profiles and analyses) pointing at the surviving nodes: a value planned against a node
     * that was merged away must still find its result at run time.
     */
    static Object value(Object v, Map<Integer, Integer> replaced) {
        if (v instanceof Budget.OfProfile b) {
            return new Budget.OfProfile(to(b.profileNode(), replaced), b.fraction());
        } else if (v instanceof Budget.Matched m) {
            return new Budget.Matched(to(m.source(), replaced), m.sourceLabel());
        } else if (v instanceof Budget.Computed c) {
            return new Budget.Computed((Deferred) value(c.expression(), replaced));
        } else if (v instanceof Deferred d) {
            Map<String, Object> env = new HashMap<>();
            d.env().forEach((k, x) -> env.put(k, value(x, replaced)));
            Map<AnalysisArgs, Integer> analyses = new HashMap<>();
            d.analysisNodes().forEach((k, id) -> analyses.put(k, to(id, replaced)));
            return new Deferred(d.expr(), java.util.Collections.unmodifiableMap(env), d.text(),
                    d.profileNode() < 0 ? d.profileNode() : to(d.profileNode(), replaced), Map.copyOf(analyses));
        } else if (v instanceof PendingProfile p) {
            return new PendingProfile(to(p.node(), replaced));
        } else if (v instanceof PendingAnalysis p) {
            return new PendingAnalysis(to(p.node(), replaced));
        } else if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                out.add(value(x, replaced));
            }
            return out;
        }
        return v;
    }

    static int to(int id, Map<Integer, Integer> replaced) {
        Integer r = replaced.get(id);
        return r == null ? id : to(r, replaced);
    }

    private static List<Integer> distinct(List<Integer> ids, Map<Integer, Integer> replaced) {
        List<Integer> out = new ArrayList<>();
        for (int id : ids) {
            int r = to(id, replaced);
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
