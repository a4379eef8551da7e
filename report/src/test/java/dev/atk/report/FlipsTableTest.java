package dev.atk.report;

import dev.atk.metric.Metric;
import static dev.atk.report.Records.BCE;
import static dev.atk.report.Records.LINEAR;
import static dev.atk.report.Records.SLAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlipsTableTest {
    @Test
    void rowsByFirstAppearanceColumnsAscending() {
        FlipsTable t = FlipsTable.of(Records.paperLike());
        assertEquals(List.of("bce()", "linear()", "slam(q=0.5)"), t.rows().stream().map(Row::attack).toList());
        assertEquals(SLAM, t.rows().get(2).canonical());
        assertEquals(List.of(0.01, 0.02), t.columns().stream().map(Column::budget).toList());
        assertEquals(List.of("0.05·eps_max", "0.1·eps_max"), t.columns().stream().map(Column::header).toList());
        assertTrue(t.hasTotal());
    }

    /** Kendall's τ_b of a single label has no value: its cell and the Total it enters say the same word. */
    @Test
    void anUndefinedCellAndTheTotalItEntersReadTheSame() {
        FlipsTable t = FlipsTable.of(Records.paperLike());
        assertEquals("undefined", t.format(new Cell(Double.NaN, Double.NaN, 0, java.util.Map.of(), false, null)));
        assertEquals("undefined", t.formatTotal(new Cell(Double.NaN, Double.NaN, 4, java.util.Map.of(), false, null)));
        assertEquals(t.formatTotal(t.rows().get(2).total()), NumberFormats.fixed(10.75, t.decimals()));
    }

    @Test
    void cellsAreMeanAndPopulationStd() {
        FlipsTable t = FlipsTable.of(Records.paperLike());
        Cell linear002 = t.rows().get(1).cells().get(1);   // 6 4 5 7
        assertEquals(5.5, linear002.mean(), 1e-15);
        assertEquals(Math.sqrt(1.25), linear002.std(), 1e-15);   // ddof 0: (0.25+2.25+0.25+2.25)/4
        assertEquals(4, linear002.n());
        assertEquals(10.75, t.rows().get(2).total().mean(), 1e-12);
        assertEquals(List.of(9.0, 11.0, 12.0, 11.0), List.copyOf(t.rows().get(2).total().values().values()));
    }

    @Test
    void bestMarkedOnlyWhereSignificant() {
        FlipsTable t = FlipsTable.of(Records.paperLike());
        Row slam = t.rows().get(2);
        assertTrue(slam.cells().get(0).best());
        assertEquals(5 * Math.sqrt(3), slam.cells().get(0).test().t(), 1e-12);
        assertFalse(slam.cells().get(1).best());                 // p = 0.76
        assertEquals(1.0 / 3, slam.cells().get(1).test().t(), 1e-12);
        assertFalse(slam.total().best());                        // p = 0.0758
        assertEquals(0.0758265, slam.total().p(), 1e-6);
        // Only the top cell carries a test.
        assertNull(t.rows().get(1).cells().get(0).test());
        assertTrue(Double.isNaN(t.rows().get(0).cells().get(0).p()));
    }

    @Test
    void alphaTurnsMarkingOnAndOff() {
        FlipsTable loose = FlipsTable.of(Records.paperLike(), ReportOptions.DEFAULT.withAlpha(0.8));
        assertTrue(loose.rows().get(2).cells().get(1).best());
        assertTrue(loose.rows().get(2).total().best());
        FlipsTable strict = FlipsTable.of(Records.paperLike(), ReportOptions.DEFAULT.withAlpha(0.001));
        assertEquals(0, strict.cells().filter(Cell::best).count());
        assertFalse(strict.rows().get(2).total().best());
    }

    @Test
    void pairedSeesWhatWelchCannot() {
        // Image difficulty dominates the spread, but "a" beats "b" by exactly one flip on every image.
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("a", "a", 0.01, "0.01", 10, 20, 30, 40));
        r.addAll(Records.row("b", "b", 0.01, "0.01", 9, 19, 29, 39));
        assertTrue(FlipsTable.of(r).rows().get(0).cells().get(0).best());
        FlipsTable welch = FlipsTable.of(r, ReportOptions.DEFAULT.withTest(TTestKind.WELCH));
        assertFalse(welch.rows().get(0).cells().get(0).best());
        assertTrue(welch.footer("marked (*)").get(1).contains("Welch t-test"));
    }

    @Test
    void pairedUsesOnlySharedImages() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("a", "a", 0.01, "0.01", 5, 6, 7, 100));   // i4 only for a
        r.addAll(Records.row("b", "b", 0.01, "0.01", 4, 5, 6));
        Cell top = FlipsTable.of(r).rows().get(0).cells().get(0);
        assertEquals(3, top.test().n());
        assertEquals(0, top.test().p());   // constant difference 1 on i1..i3
    }

    @Test
    void smallerIsBetterForPerturbationMetrics() {
        FlipsTable t = FlipsTable.of(Records.paperLike(), ReportOptions.of(Metric.SECONDS));
        // seconds = flips / 4, so bce() (fewest flips) is the fastest; vs linear at ε=0.01:
        // d = −0.25, 0, 0, −0.25 → mean −0.125, sd √(0.0625/3), t = −√3, p = 1 − (2/π)(1/2 + π/4) = 0.1817.
        Cell bce = t.rows().get(0).cells().get(0);
        assertNotNull(bce.test());
        assertEquals(0.5, bce.mean(), 1e-15);
        assertEquals(-Math.sqrt(3), bce.test().t(), 1e-12);
        assertEquals(1 - 2 / Math.PI * (0.5 + Math.PI / 4), bce.p(), 1e-12);
        assertFalse(bce.best());
        assertEquals(3, t.decimals());   // smallest std 0.108 (slam at ε=0.02) needs 3 places for 3 digits
    }

    @Test
    void missingCellAndPartialTotal() {
        List<ResultRecord> r = new ArrayList<>(Records.paperLike());
        r.addAll(Records.row("class()", "class(gamma=0)", 0.02, "0.1·eps_max", 7, 7, 8, 7));
        FlipsTable t = FlipsTable.of(r);
        Row cls = t.rows().get(3);
        assertNull(cls.cells().get(0));
        assertNull(cls.total());
        // class() now tops ε=0.02: 7,7,8,7 − slam 5,6,6,6 = 2,1,2,1 → t = 1.5/(√(1/3)/2) = 3√3, p = 0.0138.
        assertTrue(cls.cells().get(1).best());
        assertEquals(3 * Math.sqrt(3), cls.cells().get(1).test().t(), 1e-12);
    }

    @Test
    void nanBudgetsFormOneMinColumnWithoutTotal() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("ml_cw()", "ml_cw()", Double.NaN, null, 70, 75));
        r.addAll(Records.row("mla_lp()", "mla_lp()", Double.NaN, "min", 12, 11));
        FlipsTable t = FlipsTable.of(r);
        assertEquals(1, t.columns().size());
        assertEquals("min", t.columns().get(0).header());
        assertFalse(t.hasTotal());
        assertNull(t.rows().get(0).total());

        r.addAll(Records.row("bce()", BCE, 0.01, "0.01", 3, 4));
        FlipsTable mixed = FlipsTable.of(r);
        assertEquals(List.of("0.01", "min"), mixed.columns().stream().map(Column::header).toList());
        assertTrue(mixed.hasTotal());
        assertEquals(3.5, mixed.rows().get(2).total().mean(), 1e-15);   // the "min" column is not a budget
    }

    @Test
    void headerFallsBackToG4WhenLabelsDisagree() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("bce()", BCE, 8.0 / 255, "8/255", 3, 4));
        r.addAll(Records.row("linear()", LINEAR, 8.0 / 255, "0.0314", 3, 4));
        assertEquals("0.03137", FlipsTable.of(r).columns().get(0).header());
    }

    @Test
    void singleRowAndSingleImage() {
        FlipsTable one = FlipsTable.of(Records.row("bce()", BCE, 0.01, "0.01", 1, 5, 9));
        assertEquals(0, one.cells().filter(c -> c.test() != null).count());
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("a", "a", 0.01, "0.01", 9));
        r.addAll(Records.row("b", "b", 0.01, "0.01", 1));
        FlipsTable n1 = FlipsTable.of(r);
        Cell top = n1.rows().get(0).cells().get(0);
        assertEquals(0, top.std());
        assertTrue(Double.isNaN(top.p()));
        assertFalse(top.best());
        assertTrue(n1.footer("marked (*)").get(1).endsWith("n = 1 image"));
    }

    @Test
    void tieForFirstIsNotMarked() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("a", "a", 0.01, "0.01", 5, 5, 5));
        r.addAll(Records.row("b", "b", 0.01, "0.01", 5, 5, 5));
        assertFalse(FlipsTable.of(r).cells().anyMatch(Cell::best));
    }

    @Test
    void laterDuplicateRecordReplacesEarlier() {
        List<ResultRecord> r = new ArrayList<>(Records.row("a", "a", 0.01, "0.01", 1, 2));
        r.add(Records.flips("a", "a", 0.01, "0.01", "i1", 3));
        Cell c = FlipsTable.of(r).rows().get(0).cells().get(0);
        assertEquals(2, c.n());
        assertEquals(2.5, c.mean(), 1e-15);
    }

    @Test
    void rowsGroupByCanonicalNotByLabel() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("slam()", SLAM, 0.01, "0.01", 1, 2));
        r.addAll(Records.row("slam(q=0.5)", SLAM, 0.02, "0.02", 3, 4));
        FlipsTable t = FlipsTable.of(r);
        assertEquals(1, t.rows().size());
        assertEquals("slam()", t.rows().get(0).attack());
    }

    @Test
    void footerRangesImageCounts() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("a", "a", 0.01, "0.01", 1, 2, 3));
        r.addAll(Records.row("b", "b", 0.01, "0.01", 1, 2));
        assertEquals("best marked (*) where paired t-test vs runner-up p < 0.05; n = 2–3 images per cell",
                FlipsTable.of(r).footer("marked (*)").get(1));
    }
}
