package dev.atk.result;

import java.util.Map;

/**
 * One line of the results log: one attack on one image at one budget.
 *
 * @param key unique and stable across runs: the resume key ({@code taskDigest/itemId/budget})
 * @param attack the attack as written, for tables ({@code slam(q=0.5)})
 * @param canonical the fully resolved call ({@code slam(q=0.5)} with every default), for grouping
 * @param budget ε (NaN for attacks that minimise the perturbation)
 * @param budgetLabel how the budget was asked for, e.g. {@code 0.05·eps_max} or {@code 0.01}
 * @param target the objective's wanted prediction per label (1, 0, NaN = either way); null: max-flip
 * @param threshold the decision threshold (strict {@code >}); null in logs written before it was recorded (0.5)
 * @param measures the attack's own per-image numbers ({@code success}, {@code queries}, {@code pert}, ...); null in
 *     older logs
 * @param matched true when the budget is this image's own ({@code at eps = matched(SET)}): tables then group by
 *     {@code budgetLabel} (the source attack), not by the value, which differs per image; null in older logs
 */
public record ResultRecord(String key, String model, String data, String itemId, String attack, String canonical,
                           double budget, String budgetLabel, int flips, int iterations, double linf, double l2,
                           double rmsd, float[] clean, float[] adversarial, double seconds, Provenance provenance,
                           float[] target, Double threshold, Map<String, Double> measures, Boolean matched) {

    /** A max-flip record without measures. */
    public ResultRecord(String key, String model, String data, String itemId, String attack, String canonical,
                        double budget, String budgetLabel, int flips, int iterations, double linf, double l2,
                        double rmsd, float[] clean, float[] adversarial, double seconds, Provenance provenance) {
        this(key, model, data, itemId, attack, canonical, budget, budgetLabel, flips, iterations, linf, l2, rmsd, clean,
                adversarial, seconds, provenance, null, null, null, null);
    }

    /** Whether this record's budget is its image's own (matched to a minimal attack's measurement). */
    public boolean isMatched() {
        return Boolean.TRUE.equals(matched);
    }

    /** The threshold the predictions are judged at: the recorded one, else the reference's 0.5. */
    public double decisionThreshold() {
        return threshold == null || threshold.isNaN() ? 0.5 : threshold;
    }

    /** A measure the attack recorded, or NaN. */
    public double measure(String name) {
        Double v = measures == null ? null : measures.get(name);
        return v == null ? Double.NaN : v;
    }
}
