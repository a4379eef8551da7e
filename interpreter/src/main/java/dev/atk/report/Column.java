package dev.atk.report;

/**
 * One budget column.
 *
 * @param budget ε exactly as recorded; NaN for the single column of minimise-perturbation attacks
 * @param header what the table shows: the records' budget label when they all agree, else ε as %.4g, or "min"
 */
public record Column(double budget, String header) {
    public boolean isMinimise() { return Double.isNaN(budget); }
}
