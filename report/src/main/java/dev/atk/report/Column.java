package dev.atk.report;

/**
 * One budget column.
 *
 * @param budget ε exactly as recorded; NaN for the single column of minimise-perturbation attacks and for each
 *     column of matched budgets (every image has its own ε there)
 * @param header what the table shows: the records' budget label when they all agree, else ε as %.4g, or "min"
 * @param matched a column of per-image budgets ({@code at eps = matched(SET)}), headed by its source attack
 */
public record Column(double budget, String header, boolean matched) {
    public boolean isMinimise() { return Double.isNaN(budget) && !matched; }

    /** On the ε grid: a fixed budget, the kind charts put on an axis and the Total sums. */
    public boolean onGrid() { return !Double.isNaN(budget); }
}
