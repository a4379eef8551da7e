package dev.atk.metric;

import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One result record as a script's function receives it ({@code report metric(f)} calls {@code f(record)}): an object
 * of plain values, the names docs/language.md lists. A number the record does not have (the NaN budget of a minimal
 * attack, a norm an older log lacks) is {@code null}, so a function never computes with a NaN it did not make.
 *
 * <p>The ground truth is not here because records do not keep it; {@code target} is the objective the metrics judge
 * against, max-flip (every label to the other side of the threshold) for records that name none.
 */
public final class RecordObject {
    private RecordObject() {}

    public static Map<String, Object> of(ResultRecord r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.itemId());
        o.put("model", r.model());
        o.put("attack", r.attack());
        o.put("budget", number(r.budget()));
        o.put("budget_label", r.budgetLabel());
        o.put("labels", (double) r.adversarial().length);
        o.put("clean", numbers(r.clean()));
        o.put("adversarial", numbers(r.adversarial()));
        o.put("target", target(r));
        o.put("threshold", r.decisionThreshold());
        o.put("flips", (double) r.flips());
        o.put("iterations", (double) r.iterations());
        o.put("linf", number(r.linf()));
        o.put("l2", number(r.l2()));
        o.put("rmsd", number(r.rmsd()));
        o.put("seconds", number(r.seconds()));
        Map<String, Object> measures = new LinkedHashMap<>();
        if (r.measures() != null) {
            r.measures().forEach((k, v) -> measures.put(k, v == null ? null : number(v)));
        }
        o.put("measures", measures);
        return o;
    }

    /** Per label 1 (wanted positive), 0 (wanted negative) or null (either way), as {@link LabelGoal} resolves it. */
    private static List<Object> target(ResultRecord r) {
        LabelGoal goal = LabelGoal.of(r.target(), r.clean(), r.adversarial(), r.decisionThreshold());
        List<Object> out = new ArrayList<>(goal.labels());
        for (int j = 0; j < goal.labels(); j++) {
            out.add(goal.cares(j) ? (double) goal.target()[j] : null);
        }
        return out;
    }

    private static List<Object> numbers(float[] xs) {
        List<Object> out = new ArrayList<>(xs.length);
        for (float x : xs) {
            out.add(number(x));
        }
        return out;
    }

    private static Double number(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
