package dev.atk.optimize;

import dev.atk.plan.PlanNode;
import java.util.ArrayList;
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
                    a.correlations() < 0 ? -1 : to(a.correlations(), replaced), a.call(), a.label(), a.budgets(),
                    a.fused(), a.settings(), a.into());
        } else if (n instanceof PlanNode.Report r) {
            return new PlanNode.Report(r.id(), r.span(), distinct(r.attacks(), replaced), r.metric(), r.set(), r.format(), r.to(), r.images(),
                    r.chartX());
        } else if (n instanceof PlanNode.Chart c) {
            return new PlanNode.Chart(c.id(), c.span(), c.value(), c.text(), distinct(c.needs(), replaced), c.to());
        } else if (n instanceof PlanNode.Print p) {
            return new PlanNode.Print(p.id(), p.span(), p.value(), p.text(), distinct(p.needs(), replaced));
        }
        throw new IllegalStateException("unexpected " + n);
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
