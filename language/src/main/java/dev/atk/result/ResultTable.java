package dev.atk.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table a {@code report} statement computed, as plain Java for an embedding application: what the terminal shows
 * (rows = attacks, columns = budgets, cells = mean ± std over images, a Total, the marked best cells), without
 * parsing text. The same numbers whatever the statement's format ({@code as csv}, {@code to "file"}).
 *
 * @param metric the metric's name ({@code flips}, {@code asr}, a custom metric's function name)
 * @param set the {@code into} set reported, or empty for every record so far
 * @param hasTotal whether rows have a Total (only when a column is a fixed budget)
 */
public record ResultTable(String metric, Optional<String> set, List<Column> columns, List<Row> rows,
                          boolean hasTotal) {

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One budget column.
     *
     * @param header as the table heads it ({@code 0.03}, {@code 0.03047 (0.1·eps_max)}, {@code min})
     * @param budget ε as recorded; NaN for the minimal attacks' column and for matched budgets (one per image)
     * @param matched per-image budgets ({@code at eps = matched(SET)}), headed by their source
     */
    public record Column(String header, double budget, boolean matched) {}

    /**
     * One attack.
     *
     * @param attack as written ({@code slam(q=0.5)}); @param canonical with every default, as records carry it
     * @param cells one per column, empty where the attack did not run at that budget
     * @param total the sum of the row's means (the paper's Total); empty when the row misses a column or the table
     *     has none
     */
    public record Row(String attack, String canonical, List<Optional<Cell>> cells, Optional<Cell> total) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /**
     * One attack at one budget.
     *
     * @param mean over the images (NaN when the metric is undefined on every one of them)
     * @param std population std (ddof 0); NaN for a Total
     * @param images how many images the cell summarises
     * @param best the column's best, marked because the t-test against the runner-up gave p &lt; α
     * @param p that test's p-value, on the column's top cell only; NaN elsewhere
     */
    public record Cell(double mean, double std, int images, boolean best, double p) {}

    /** The row of the attack written as {@code attack} (or with that canonical call). */
    public Optional<Row> row(String attack) {
        return rows.stream().filter(r -> r.attack().equals(attack) || r.canonical().equals(attack)).findFirst();
    }

    /** The cell of {@code attack} in the column headed {@code header}; empty when either is absent. */
    public Optional<Cell> cell(String attack, String header) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).header().equals(header)) {
                int column = c;
                return row(attack).flatMap(r -> r.cells().get(column));
            }
        }
        return Optional.empty();
    }

    /** The cell of {@code attack} at budget ε {@code budget} (exactly as recorded). */
    public Optional<Cell> cell(String attack, double budget) {
        for (int c = 0; c < columns.size(); c++) {
            if (Double.compare(columns.get(c).budget(), budget) == 0) {
                int column = c;
                return row(attack).flatMap(r -> r.cells().get(column));
            }
        }
        return Optional.empty();
    }
}
