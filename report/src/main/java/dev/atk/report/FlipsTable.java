package dev.atk.report;

import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The report table: rows = attacks in order of first appearance (grouped by the canonical call, labelled as
 * written), columns = budgets ascending (grouped by exact ε; minimise-perturbation attacks in one "min" column),
 * cells = mean ± population std over images, a Total column = sum of the row's means (as the paper), and the best
 * cell per column marked when a t-test against the runner-up gives p &lt; α. ALGORITHMS.md §7.5.
 *
 * @param hasTotal whether a Total column exists (only when there is a finite budget to sum)
 * @param decimals digits after the point in rendered cells: 2 for flips (the paper), more for small metrics
 */
public record FlipsTable(ReportOptions options, List<Column> columns, List<Row> rows, boolean hasTotal, int decimals) {
    public FlipsTable {
        Objects.requireNonNull(options, "options");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static FlipsTable of(List<ResultRecord> records) {
        return of(records, ReportOptions.DEFAULT);
    }

    public static FlipsTable of(List<ResultRecord> records, ReportOptions options) {
        return TableBuilder.build(records, options);
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    /** A cell as rendered: "m ± s"; "undefined" when the metric had no value on any image (τ_b of one label). */
    public String format(Cell c) {
        if (c.n() == 0) {
            return "undefined";
        }
        return NumberFormats.meanStd(c.mean(), c.std(), decimals);
    }

    /**
     * A Total as rendered: the sum alone, as the paper prints it; "undefined" when a budget's cell is (a sum with an
     * undefined term), the same word the cell shows rather than "nan".
     */
    public String formatTotal(Cell c) {
        return Double.isNaN(c.mean()) ? "undefined" : NumberFormats.fixed(c.mean(), decimals);
    }

    /** Every non-missing budget cell, row by row. */
    public Stream<Cell> cells() {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(Objects::nonNull);
    }

    /** Smallest and largest number of images in a cell; [0, 0] for an empty table. */
    public int[] imageRange() {
        int min = cells().mapToInt(Cell::n).min().orElse(0);
        int max = cells().mapToInt(Cell::n).max().orElse(0);
        return new int[] {min, max};
    }

    /**
     * What a reader needs to interpret the table: the metric and std convention, the Total, and which test and α
     * decided the marks. {@code marker} names the mark, e.g. "(*)" or "in bold".
     */
    public List<String> footer(String marker) {
        List<String> lines = new ArrayList<>();
        String metric = options.metric().keyword();
        lines.add(metric + ": mean ± std over images (population std, ddof 0)"
                + (hasTotal ? "; Total = sum of the budget means" : ""));
        int[] n = imageRange();
        String images = n[0] == n[1] ? "n = " + n[0] + (n[0] == 1 ? " image" : " images")
                : "n = " + n[0] + "–" + n[1] + " images per cell";
        lines.add("best " + marker + " where " + options.test().description() + " vs runner-up p < "
                + NumberFormats.plain(options.alpha()) + "; " + images);
        return Collections.unmodifiableList(lines);
    }
}
