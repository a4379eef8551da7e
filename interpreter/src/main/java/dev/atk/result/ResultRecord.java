package dev.atk.result;

/**
 * One line of the results log: one attack on one image at one budget.
 *
 * @param key unique and stable across runs: the resume key ({@code taskDigest/itemId/budget})
 * @param attack the attack as written, for tables ({@code slam(q=0.5)})
 * @param canonical the fully resolved call ({@code slam(q=0.5)} with every default), for grouping
 * @param budget ε (NaN for attacks that minimise the perturbation)
 * @param budgetLabel how the budget was asked for, e.g. {@code 0.05·eps_max} or {@code 0.01}
 */
public record ResultRecord(String key, String model, String data, String itemId, String attack, String canonical,
                           double budget, String budgetLabel, int flips, int iterations, double linf, double l2,
                           double rmsd, float[] clean, float[] adversarial, double seconds, Provenance provenance) {}
