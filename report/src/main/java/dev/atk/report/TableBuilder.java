package dev.atk.report;

import dev.atk.metric.Measure;
import dev.atk.metric.Metric;
import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Groups records into rows (attacks) × columns (budgets), summarises cells, and marks the best per column. */
final class TableBuilder {
    private TableBuilder() {}

    static final String MINIMISE_HEADER = "min";

    /**
     * What a column groups: a budget, or for matched budgets (each image its own ε) the source they were matched to.
     * Matched columns come first in first-seen order, then budgets ascending, NaN (minimise-perturbation) last.
     */
    private record ColumnKey(double budget, String matched, int order) {
        static final Comparator<ColumnKey> ORDER = Comparator.comparing((ColumnKey k) -> k.matched() == null)
                .thenComparingInt(ColumnKey::order).thenComparing(ColumnKey::budget, Double::compare);
    }

    static FlipsTable build(List<ResultRecord> records, ReportOptions options) {
        Map<String, String> labels = new LinkedHashMap<>();                 // canonical → attack, first appearance
        TreeMap<ColumnKey, Set<String>> budgetLabels = new TreeMap<>(ColumnKey.ORDER);
        Map<String, ColumnKey> matchedKeys = new LinkedHashMap<>();
        Map<String, Map<ColumnKey, Map<String, Double>>> values = new HashMap<>();
        for (ResultRecord r : records) {
            String group = r.canonical() != null ? r.canonical() : r.attack();
            labels.putIfAbsent(group, r.attack() != null ? r.attack() : group);
            ColumnKey column = r.isMatched()
                    ? matchedKeys.computeIfAbsent(r.budgetLabel(), l -> new ColumnKey(Double.NaN, l, matchedKeys.size()))
                    : new ColumnKey(r.budget(), null, 0);
            budgetLabels.computeIfAbsent(column, b -> new LinkedHashSet<>()).add(r.budgetLabel());
            String item = r.itemId() != null ? r.itemId() : r.key();
            // A resumed run may log the same image twice; the later record wins, so no image counts double.
            // A metric undefined for an image (NaN: Pert of a failed attack, τ_b of a constant ranking) leaves that
            // image out of the cell, as the reference averages Pert over successes only.
            Map<String, Double> cell = values.computeIfAbsent(group, g -> new HashMap<>())
                  .computeIfAbsent(column, b -> new LinkedHashMap<>());
            double v = options.metric().of(r);
            if (Double.isNaN(v)) {
                cell.remove(item);
            } else {
                cell.put(item, v);
            }
        }
        List<Column> columns = new ArrayList<>();
        List<ColumnKey> keys = new ArrayList<>(budgetLabels.keySet());
        budgetLabels.forEach((key, ls) -> columns.add(key.matched() != null ? new Column(Double.NaN, key.matched(), true)
                : new Column(key.budget(), header(key.budget(), ls), false)));
        boolean hasTotal = columns.stream().anyMatch(Column::onGrid);

        List<List<Cell>> grid = new ArrayList<>();
        List<Cell> totals = new ArrayList<>();
        for (String group : labels.keySet()) {
            List<Cell> cells = new ArrayList<>();
            for (ColumnKey key : keys) {
                Map<String, Double> v = values.get(group).get(key);
                cells.add(v == null ? null : Cell.of(v));
            }
            grid.add(cells);
            totals.add(hasTotal ? total(cells, columns) : null);
        }
        for (int j = 0; j < columns.size(); j++) {
            List<Cell> column = new ArrayList<>();
            for (List<Cell> row : grid) column.add(row.get(j));
            List<Cell> marked = BestMarker.mark(column, options);
            for (int i = 0; i < grid.size(); i++) grid.get(i).set(j, marked.get(i));
        }
        totals = BestMarker.mark(totals, options);

        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            rows.add(new Row(e.getValue(), e.getKey(), grid.get(i), totals.get(i)));
            i++;
        }
        return new FlipsTable(options, columns, rows, hasTotal, decimals(rows, options.metric()));
    }

    /** Flips keep the paper's 2 decimals; other metrics get enough for their smallest mean or std. */
    private static int decimals(List<Row> rows, Measure metric) {
        if (metric == Metric.FLIPS) return 2;
        double smallest = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c != null)
                .flatMapToDouble(c -> java.util.stream.DoubleStream.of(Math.abs(c.mean()), c.std()))
                .filter(v -> v > 0 && !Double.isInfinite(v)).min().orElse(Double.NaN);
        return NumberFormats.decimalsFor(smallest);
    }

    private static String header(double budget, Set<String> labels) {
        if (Double.isNaN(budget)) return MINIMISE_HEADER;
        if (labels.size() == 1) {
            String only = labels.iterator().next();
            if (only != null && !only.isBlank()) return only;
        }
        return NumberFormats.g4(budget);
    }

    /**
     * The paper's Total: the sum over budgets of the means. Its per-image values (each image's sum over budgets,
     * on images present at every budget) are what the Total column's t-test compares. Null when the row misses
     * a budget: a sum over fewer budgets is not comparable with the others.
     */
    private static Cell total(List<Cell> cells, List<Column> columns) {
        double sum = 0;
        Map<String, Double> perImage = null;
        for (int j = 0; j < columns.size(); j++) {
            if (!columns.get(j).onGrid()) continue;
            Cell c = cells.get(j);
            if (c == null) return null;
            sum += c.mean();
            if (perImage == null) {
                perImage = new LinkedHashMap<>(c.values());
            } else {
                Map<String, Double> next = new LinkedHashMap<>();
                for (Map.Entry<String, Double> e : perImage.entrySet()) {
                    Double v = c.values().get(e.getKey());
                    if (v != null) next.put(e.getKey(), e.getValue() + v);
                }
                perImage = next;
            }
        }
        return new Cell(sum, Double.NaN, perImage.size(), perImage, false, null);
    }
}
