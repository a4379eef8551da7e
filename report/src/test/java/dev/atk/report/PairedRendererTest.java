package dev.atk.report;

import dev.atk.metric.Metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code report … as paired} on {@link Records#paperLike()}, whose differences are small enough to test by hand. */
class PairedRendererTest {

    @Test
    void everyAttackAgainstTheFirstWithPairedPValues() {
        String text = ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.PAIRED);
        List<String> lines = text.lines().toList();
        assertEquals("| attack − `bce()` | 0.05·eps_max | 0.1·eps_max | Total |", lines.get(0));
        // linear − bce at ε 0.01: 1,0,0,1 → mean 0.5, s = 0.5774, t = 1.732 on 3 df, p = 0.1817;
        // at ε 0.02: 3,−1,1,3 → mean 1.5, s = 1.915, t = 1.567, p = 0.2152; Total 4,−1,1,4 → 2, s 2.449, t 1.633, p 0.2010
        assertEquals("| `linear()` | +0.50 (p 0.1817) | +1.50 (p 0.2152) | +2.00 (p 0.2010) |", lines.get(2));
        // slam − bce at ε 0.01: 3,3,3,3 — a constant difference has zero variance: t = ∞, p = 0 (reported below 1e-4)
        assertTrue(lines.get(3).startsWith("| `slam(q=0.5)` | +3.00 (p < 1e-4) | +1.75 ("), lines.get(3));
        assertTrue(text.contains("two-sided paired t-test"), text);
    }

    @Test
    void holmCorrectsEachColumnOverItsComparisons() {
        String plain = ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.PAIRED);
        String holm = ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.PAIRED_HOLM);
        List<String> rows = holm.lines().filter(l -> l.startsWith("| `")).toList();
        int comparisons = rows.size();
        assertTrue(comparisons >= 2, holm);
        // the column at ε 0.01: p-values of every row, sorted, times m, m−1, …, made monotone (HolmAdjustment)
        double[] raw = new double[comparisons];
        double[] corrected = new double[comparisons];
        List<String> plainRows = plain.lines().filter(l -> l.startsWith("| `")).toList();
        for (int r = 0; r < comparisons; r++) {
            raw[r] = p(plainRows.get(r).split("\\|")[2]);
            corrected[r] = p(rows.get(r).split("\\|")[2]);
            // the mean differences are the plain table's
            assertEquals(plainRows.get(r).split("\\|")[2].split("\\(")[0], rows.get(r).split("\\|")[2].split("\\(")[0]);
        }
        double[] expected = HolmAdjustment.adjust(raw);
        for (int r = 0; r < comparisons; r++) {
            assertEquals(expected[r], corrected[r], 1e-4, rows.get(r));
            assertTrue(corrected[r] >= raw[r], rows.get(r));
        }
        assertTrue(holm.contains("Holm-corrected within each column for its " + comparisons + " comparisons"), holm);
        assertTrue(!plain.contains("Holm"), plain);
    }

    /** The p-value of a cell such as {@code +0.50 (p 0.1817)}; 0 for {@code p < 1e-4}. */
    private static double p(String cell) {
        String inside = cell.substring(cell.indexOf('(') + 1, cell.indexOf(')'));
        return inside.equals("p < 1e-4") ? 0 : Double.parseDouble(inside.substring(2));
    }

    @Test
    void oneAttackHasNothingToCompare() {
        String text = ReportRenderer.render(Records.row("bce()", Records.BCE, 0.01, "0.01", 1, 2), Metric.FLIPS,
                ReportFormat.PAIRED);
        assertEquals("_a paired comparison needs at least two attacks_\n", text);
    }

    @Test
    void aMinimalBaselineSharesNoBudgetAndTheTableSaysSo() {
        List<dev.atk.result.ResultRecord> records = new java.util.ArrayList<>(
                Records.row("ml_cw()", "ml_cw(binary_steps=1)", Double.NaN, "min", 3, 4));
        records.addAll(Records.row("bce()", Records.BCE, 0.01, "0.01", 1, 2));
        String text = ReportRenderer.render(records, Metric.FLIPS, ReportFormat.PAIRED);
        assertTrue(text.contains("note: `ml_cw()` shares no budget with the other attacks"), text);
        String paperLike = ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.PAIRED);
        assertTrue(!paperLike.contains("shares no budget"), paperLike);
    }
}
