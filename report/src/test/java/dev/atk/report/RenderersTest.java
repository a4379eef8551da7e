package dev.atk.report;

import dev.atk.metric.Metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected strings worked out by hand from the numbers in {@link Records#paperLike()}. */
class RenderersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void plainTable() {
        String expected = """
                attack       0.05·eps_max   0.1·eps_max   Total
                ------------------------------------------------
                bce()         2.00 ± 0.71   4.00 ± 0.71    6.00
                linear()      2.50 ± 0.50   5.50 ± 1.12    8.00
                slam(q=0.5)   5.00 ± 0.71*  5.75 ± 0.43   10.75
                flips: mean ± std over images (population std, ddof 0); Total = sum of the budget means
                best marked (*) where paired t-test vs runner-up p < 0.05; n = 4 images
                """;
        assertEquals(expected, ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.TABLE));
    }

    @Test
    void plainTableWithLooseAlphaMarksMore() {
        String expected = """
                attack       0.05·eps_max   0.1·eps_max   Total
                ------------------------------------------------
                bce()         2.00 ± 0.71   4.00 ± 0.71    6.00
                linear()      2.50 ± 0.50   5.50 ± 1.12    8.00
                slam(q=0.5)   5.00 ± 0.71*  5.75 ± 0.43*  10.75*
                flips: mean ± std over images (population std, ddof 0); Total = sum of the budget means
                best marked (*) where paired t-test vs runner-up p < 0.8; n = 4 images
                """;
        assertEquals(expected, ReportRenderer.render(Records.paperLike(), ReportOptions.DEFAULT.withAlpha(0.8), ReportFormat.TABLE));
    }

    /** A missing cell, a partial Total, a minimise-perturbation attack in the "min" column. */
    @Test
    void plainTableWithMissingAndMinColumn() {
        List<ResultRecord> r = new ArrayList<>(Records.paperLike());
        r.addAll(Records.row("class()", "class(gamma=0)", 0.02, "0.1·eps_max", 7, 7, 8, 7));
        r.addAll(Records.row("ml_cw()", "ml_cw()", Double.NaN, null, 70, 75, 71, 76));
        // class() at ε=0.02: 7.25 ± 0.43, beats slam with d = 2,1,2,1 (t = 3√3, p = 0.014); ml_cw: 73.00 ± √6.5.
        String expected = """
                attack       0.05·eps_max   0.1·eps_max            min   Total
                ---------------------------------------------------------------
                bce()         2.00 ± 0.71   4.00 ± 0.71              —    6.00
                linear()      2.50 ± 0.50   5.50 ± 1.12              —    8.00
                slam(q=0.5)   5.00 ± 0.71*  5.75 ± 0.43              —   10.75
                class()                 —   7.25 ± 0.43*             —       —
                ml_cw()                 —             —   73.00 ± 2.55       —
                flips: mean ± std over images (population std, ddof 0); Total = sum of the budget means
                best marked (*) where paired t-test vs runner-up p < 0.05; n = 4 images
                """;
        assertEquals(expected, ReportRenderer.render(r, Metric.FLIPS, ReportFormat.TABLE));
    }

    @Test
    void singleRowNoMarkAndEmpty() {
        String expected = """
                attack         0.01   Total
                ----------------------------
                bce()   5.00 ± 3.27    5.00
                flips: mean ± std over images (population std, ddof 0); Total = sum of the budget means
                best marked (*) where paired t-test vs runner-up p < 0.05; n = 3 images
                """;   // 1, 5, 9: mean 5, population std √(32/3) = 3.266
        assertEquals(expected, ReportRenderer.render(Records.row("bce()", Records.BCE, 0.01, "0.01", 1, 5, 9),
                Metric.FLIPS, ReportFormat.TABLE));
        assertEquals("no results to report\n", ReportRenderer.render(List.of(), Metric.FLIPS, ReportFormat.TABLE));
    }

    @Test
    void minOnlyTableHasNoTotal() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(Records.row("ml_cw()", "ml_cw()", Double.NaN, null, 70, 75));
        r.addAll(Records.row("mla_lp()", "mla_lp()", Double.NaN, null, 12, 11));
        // ml_cw − mla_lp = 58, 64: mean 61, sd 3√2, t = 61/3, ν = 1: p = 2·atan(3/61)/π = 0.031 → marked.
        String expected = """
                attack             min
                -----------------------
                ml_cw()   72.50 ± 2.50*
                mla_lp()  11.50 ± 0.50
                flips: mean ± std over images (population std, ddof 0)
                best marked (*) where paired t-test vs runner-up p < 0.05; n = 2 images
                """;
        assertEquals(expected, ReportRenderer.render(r, Metric.FLIPS, ReportFormat.TABLE));
        Cell top = FlipsTable.of(r).rows().get(0).cells().get(0);
        assertEquals(2 * Math.atan(3.0 / 61) / Math.PI, top.p(), 1e-14);
    }

    @Test
    void markdown() {
        String expected = """
                | attack | 0.05·eps_max | 0.1·eps_max | Total |
                |---|---:|---:|---:|
                | `bce()` | 2.00 ± 0.71 | 4.00 ± 0.71 | 6.00 |
                | `linear()` | 2.50 ± 0.50 | 5.50 ± 1.12 | 8.00 |
                | `slam(q=0.5)` | **5.00 ± 0.71** | 5.75 ± 0.43 | 10.75 |

                flips: mean ± std over images (population std, ddof 0); Total = sum of the budget means \s
                best in bold where paired t-test vs runner-up p < 0.05; n = 4 images \s
                """;
        assertEquals(expected, ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.MARKDOWN));
    }

    @Test
    void markdownEscapesPipes() {
        String md = ReportRenderer.render(Records.row("a|b", "a|b", 0.01, "0.01", 1), Metric.FLIPS, ReportFormat.MARKDOWN);
        assertTrue(md.contains("| `a\\|b` |"), md);
    }

    @Test
    void csvShape() {
        String csv = ReportRenderer.render(Records.paperLike(), Metric.FLIPS, ReportFormat.CSV);
        List<String> lines = csv.lines().toList();
        assertEquals(CsvRenderer.HEADER, lines.get(0));
        assertEquals(1 + 6 + 3, lines.size());   // header, 3 × 2 cells, 3 totals
        assertEquals("bce(),\"mifgsm(loss=bce, targets=all, mu=1.0)\",0.01,0.05·eps_max,2.0,0.7071067811865476,4,,false",
                lines.get(1));
        String slam001 = lines.get(5);
        assertTrue(slam001.startsWith("slam(q=0.5),\"mifgsm(loss=slam(q=0.5), targets=all, mu=1.0)\",0.01,0.05·eps_max,5.0,"), slam001);
        String[] tail = slam001.substring(slam001.lastIndexOf('"') + 2).split(",");
        assertEquals(7, tail.length);                                                  // budget … best
        assertEquals(0.003239037, Double.parseDouble(tail[5]), 1e-9);                   // p_value
        assertEquals("true", tail[6]);
        assertEquals("slam(q=0.5),\"mifgsm(loss=slam(q=0.5), targets=all, mu=1.0)\",,Total,10.75,,4,",
                lines.get(9).substring(0, lines.get(9).lastIndexOf(',', lines.get(9).lastIndexOf(',') - 1) + 1));
        assertTrue(lines.get(9).endsWith(",false"));
    }

    @Test
    void csvQuotesAndNanBudget() {
        assertEquals("\"a \"\"b\"\", c\"", CsvRenderer.quote("a \"b\", c"));
        assertEquals("plain", CsvRenderer.quote("plain"));
        String csv = ReportRenderer.render(Records.row("ml_cw()", "ml_cw()", Double.NaN, null, 70, 75), Metric.FLIPS, ReportFormat.CSV);
        assertEquals("ml_cw(),ml_cw(),NaN,min,72.5,2.5,2,,false", csv.lines().toList().get(1));
        assertEquals(2, csv.lines().count());   // no Total line without a finite budget
    }

    @Test
    void jsonShape() throws Exception {
        List<ResultRecord> r = new ArrayList<>(Records.paperLike());
        r.addAll(Records.row("ml_cw()", "ml_cw()", Double.NaN, null, 70, 75, 71, 76));
        JsonNode root = JSON.readTree(ReportRenderer.render(r, Metric.FLIPS, ReportFormat.JSON));
        assertEquals("flips", root.get("metric").asText());
        assertEquals("paired", root.get("test").asText());
        assertEquals(0.05, root.get("alpha").asDouble());
        assertTrue(root.get("higher_is_better").asBoolean());
        assertEquals(2, root.get("footer").size());
        assertEquals(3, root.get("columns").size());
        assertEquals("0.05·eps_max", root.get("columns").get(0).get("header").asText());
        assertEquals(0.01, root.get("columns").get(0).get("budget").asDouble());
        assertTrue(root.get("columns").get(2).get("budget").isNull());   // NaN is not JSON
        assertEquals("min", root.get("columns").get(2).get("header").asText());

        JsonNode slam = root.get("rows").get(2);
        assertEquals("slam(q=0.5)", slam.get("attack").asText());
        assertEquals(Records.SLAM, slam.get("canonical").asText());
        JsonNode best = slam.get("cells").get(0);
        assertEquals(5.0, best.get("mean").asDouble());
        assertEquals(Math.sqrt(0.5), best.get("std").asDouble(), 1e-15);
        assertEquals(4, best.get("n").asInt());
        assertTrue(best.get("best").asBoolean());
        assertEquals(0.003239037, best.get("p").asDouble(), 1e-9);
        assertEquals(5 * Math.sqrt(3), best.get("t").asDouble(), 1e-12);
        assertEquals(3, best.get("df").asDouble());
        assertTrue(slam.get("cells").get(2).isNull());                   // slam not run at "min"
        assertEquals(10.75, slam.get("total").get("mean").asDouble());
        assertFalse(slam.get("total").has("std"));
        assertFalse(root.get("rows").get(0).get("cells").get(0).has("p"));
        assertTrue(root.get("rows").get(3).get("total").isNull());      // ml_cw: no finite budget
    }

    @Test
    void chartAndImagesExposeTheirData() throws Exception {
        JsonNode chart = JSON.readTree(JsonRenderer.chart(FlipsTable.of(Records.paperLike())));
        assertEquals(3, chart.get("series").size());
        JsonNode linear = chart.get("series").get(1);
        assertEquals("linear()", linear.get("attack").asText());
        assertEquals(0.02, linear.get("points").get(1).get("budget").asDouble());
        assertEquals(5.5, linear.get("points").get(1).get("mean").asDouble());

        JsonNode images = JSON.readTree(JsonRenderer.perImage(FlipsTable.of(Records.paperLike())));
        assertEquals(24, images.get("images").size());
        JsonNode first = images.get("images").get(0);
        assertEquals("i1", first.get("item").asText());
        assertEquals("bce()", first.get("attack").asText());
        assertEquals(1.0, first.get("value").asDouble());

        List<ChartSeries> series = ChartSeries.of(FlipsTable.of(Records.paperLike()));
        assertEquals(List.of(0.01, 0.02), series.get(2).points().stream().map(ChartSeries.Point::budget).toList());
    }

    @Test
    void otherMetricsGetEnoughDecimals() {
        // linf = budget exactly, so every std is 0; the smallest mean 0.01 needs 4 places for 3 digits.
        String table = ReportRenderer.render(Records.paperLike(), Metric.LINF, ReportFormat.TABLE);
        assertTrue(table.contains("bce()        0.0100 ± 0.0000   0.0200 ± 0.0000   0.0300"), table);
        assertTrue(table.contains("linf: mean ± std"), table);
    }

    @Test
    void formatsAndMetricsParse() {
        assertTrue(ReportFormat.fromKeyword("chart").isEmpty());
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.fromKeyword("md").orElseThrow());
        assertTrue(ReportFormat.fromKeyword("pdf").isEmpty());
        assertEquals(Metric.FLIPS, Metric.fromKeyword("results").orElseThrow());
        assertEquals(Metric.RMSD, Metric.fromKeyword("RMSD").orElseThrow());
        assertFalse(Metric.LINF.higherIsBetter());
        assertTrue(Metric.FLIPS.higherIsBetter());
    }
}
