package dev.atk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code report … as paired}: every attack against the first one (the baseline, e.g. BCE in the paper's row order),
 * per budget and for the Total: the mean per-image difference and the two-sided paired t-test p-value on the images
 * both share, as a Markdown table. This is the comparison "does SLAM beat BCE at the smallest budgets" needs; the
 * main table only tests each column's best cell against its runner-up.
 */
final class PairedRenderer {
    private PairedRenderer() {}

    /**
     * @param holm whether each column's p-values are Holm-corrected over the attacks compared with the baseline in it
     *     (the family is the column: one comparison per attack, as "the recipe against each of four methods" asks)
     */
    static String render(FlipsTable table, boolean holm) {
        if (table.rows().size() < 2) {
            return "_a paired comparison needs at least two attacks_\n";
        }
        Row base = table.rows().get(0);
        List<Row> others = table.rows().subList(1, table.rows().size());
        int columns = table.columns().size() + (table.hasTotal() ? 1 : 0);
        Comparison[][] cells = new Comparison[others.size()][columns];
        for (int r = 0; r < others.size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                cells[r][c] = compare(others.get(r).cells().get(c), base.cells().get(c));
            }
            if (table.hasTotal()) {
                cells[r][columns - 1] = compare(others.get(r).total(), base.total());
            }
        }
        if (holm) {
            adjustColumns(cells, columns);
        }
        StringBuilder out = MarkdownRenderer.header("attack − `" + MarkdownRenderer.escape(base.attack()) + "`", table);
        for (int r = 0; r < others.size(); r++) {
            out.append("| `").append(MarkdownRenderer.escape(others.get(r).attack())).append("` |");
            for (int c = 0; c < columns; c++) {
                out.append(' ').append(format(cells[r][c], table.decimals())).append(" |");
            }
            out.append('\n');
        }
        boolean nothingShared = others.stream().allMatch(r -> {
            for (int i = 0; i < table.columns().size(); i++) {
                if (r.cells().get(i) != null && base.cells().get(i) != null) {
                    return false;
                }
            }
            return true;
        });
        if (nothingShared) {
            // a minimal attack (ml_cw, ...) has its own column, so against it every cell is a dash: say why
            out.append('\n').append("note: `").append(MarkdownRenderer.escape(base.attack())).append("` shares no budget "
                    + "with the other attacks (a minimal attack has no budget), so nothing can be paired; put a "
                    + "budgeted attack first, or compare at matched budgets (`at eps = matched(SET)`)  \n");
        }
        out.append('\n').append(table.options().metric().keyword()).append(": mean of the per-image difference "
                + "(attack − baseline) over the images both ran, with the two-sided paired t-test p-value")
                .append(holm ? ", Holm-corrected within each column for its " + others.size()
                        + (others.size() == 1 ? " comparison" : " comparisons") : "")
                .append("; Total compares per-image sums over the budgets  \n");
        return out.toString();
    }

    /** One cell of the paired table: the mean difference and its p-value (null where nothing pairs). */
    private record Comparison(double mean, double p) {}

    private static void adjustColumns(Comparison[][] cells, int columns) {
        for (int c = 0; c < columns; c++) {
            double[] p = new double[cells.length];
            for (int r = 0; r < cells.length; r++) {
                p[r] = cells[r][c] == null ? Double.NaN : cells[r][c].p();
            }
            double[] adjusted = HolmAdjustment.adjust(p);
            for (int r = 0; r < cells.length; r++) {
                if (cells[r][c] != null) {
                    cells[r][c] = new Comparison(cells[r][c].mean(), adjusted[r]);
                }
            }
        }
    }

    /** "+1.23 (p 0.004)": the paired mean difference and its p-value; "—" where either cell is missing. */
    private static String format(Comparison c, int decimals) {
        if (c == null) {
            return TextRenderer.MISSING;
        }
        String p = Double.isNaN(c.p()) ? "p n/a" : c.p() < 1e-4 ? "p < 1e-4" : String.format(Locale.ROOT, "p %.4f", c.p());
        return String.format(Locale.ROOT, "%+." + decimals + "f (%s)", c.mean(), p);
    }

    private static Comparison compare(Cell a, Cell base) {
        if (a == null || base == null) {
            return null;
        }
        List<Double> diffs = new ArrayList<>();
        List<Double> xa = new ArrayList<>();
        List<Double> xb = new ArrayList<>();
        a.values().forEach((item, v) -> {
            Double w = base.values().get(item);
            if (w != null) {
                diffs.add(v - w);
                xa.add(v);
                xb.add(w);
            }
        });
        if (diffs.isEmpty()) {
            return null;
        }
        double mean = diffs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        TTestResult t = PairedTTest.test(xa.stream().mapToDouble(Double::doubleValue).toArray(),
                xb.stream().mapToDouble(Double::doubleValue).toArray());
        return new Comparison(mean, t.p());
    }
}
