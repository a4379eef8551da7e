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

    static String render(FlipsTable table) {
        if (table.rows().size() < 2) {
            return "_a paired comparison needs at least two attacks_\n";
        }
        Row base = table.rows().get(0);
        StringBuilder out = MarkdownRenderer.header("attack − `" + MarkdownRenderer.escape(base.attack()) + "`", table);
        for (Row r : table.rows().subList(1, table.rows().size())) {
            out.append("| `").append(MarkdownRenderer.escape(r.attack())).append("` |");
            for (int i = 0; i < table.columns().size(); i++) {
                out.append(' ').append(cell(r.cells().get(i), base.cells().get(i), table.decimals())).append(" |");
            }
            if (table.hasTotal()) {
                out.append(' ').append(cell(r.total(), base.total(), table.decimals())).append(" |");
            }
            out.append('\n');
        }
        boolean nothingShared = table.rows().subList(1, table.rows().size()).stream().allMatch(r -> {
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
                + "(attack − baseline) over the images both ran, with the two-sided paired t-test p-value; ")
                .append("Total compares per-image sums over the budgets  \n");
        return out.toString();
    }

    /** "+1.23 (p 0.004)": the paired mean difference and its p-value; "—" where either cell is missing. */
    static String cell(Cell a, Cell base, int decimals) {
        if (a == null || base == null) {
            return TextRenderer.MISSING;
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
            return TextRenderer.MISSING;
        }
        double mean = diffs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        TTestResult t = PairedTTest.test(xa.stream().mapToDouble(Double::doubleValue).toArray(),
                xb.stream().mapToDouble(Double::doubleValue).toArray());
        String p = Double.isNaN(t.p()) ? "p n/a" : t.p() < 1e-4 ? "p < 1e-4" : String.format(Locale.ROOT, "p %.4f", t.p());
        return String.format(Locale.ROOT, "%+." + decimals + "f (%s)", mean, p);
    }
}
