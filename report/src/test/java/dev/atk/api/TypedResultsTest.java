package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.report.Cell;
import dev.atk.report.FlipsTable;
import dev.atk.report.ReportOptions;
import dev.atk.metric.Metric;
import dev.atk.result.ResultRecord;
import dev.atk.result.ResultTable;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an embedding application reads back without parsing text: each evaluation's records, tables and values. */
class TypedResultsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Session session() {
        return Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"))
                .runName("typed").build();
    }

    @Test
    void aReportsTableIsTheRenderedTablesNumbers() {
        try (Session s = session()) {
            EvalResult r = s.eval(new Source("t", """
                    model toy_cnn; data toy split test sample 6 seed 1
                    for eps in [0.01, 0.02] run bce(), linear() into main
                    report main
                    report main.l2 as csv to "l2.csv"
                    """));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            assertEquals(24, r.records().size(), "6 images × 2 budgets × 2 attacks");
            assertEquals(2, r.tables().size(), "the csv written to a file has its table too");
            ResultTable flips = r.table(0);
            assertEquals("flips", flips.metric());
            assertEquals("main", flips.set().orElseThrow());
            assertEquals(List.of("bce()", "linear()"), flips.rows().stream().map(ResultTable.Row::attack).toList());
            assertEquals(List.of(0.01, 0.02), flips.columns().stream().map(ResultTable.Column::budget).toList());
            assertTrue(flips.hasTotal());
            FlipsTable expected = FlipsTable.of(s.results(), ReportOptions.of(Metric.FLIPS));
            for (int row = 0; row < 2; row++) {
                for (int col = 0; col < 2; col++) {
                    Cell e = expected.rows().get(row).cells().get(col);
                    ResultTable.Cell got = flips.rows().get(row).cells().get(col).orElseThrow();
                    assertEquals(e.mean(), got.mean());
                    assertEquals(e.std(), got.std());
                    assertEquals(e.n(), got.images());
                    assertEquals(e.best(), got.best());
                }
            }
            double total = flips.rows().get(0).total().orElseThrow().mean();
            assertEquals(expected.rows().get(0).total().mean(), total);
            assertEquals(flips.cell("bce()", 0.02), flips.rows().get(0).cells().get(1));
            assertEquals("l2", r.table(1).metric());
        }
    }

    @Test
    void eachEvaluationReturnsItsOwnRecordsAndTables() {
        try (Session s = session()) {
            s.eval(new Source("1", "model toy_cnn; data toy split test sample 3 seed 1\nrun bce() at eps = 0.01"));
            EvalResult second = s.eval(new Source("2", "run linear() at eps = 0.01\nreport flips"));
            assertEquals(3, second.records().size());
            assertTrue(second.records().stream().map(ResultRecord::attack).allMatch("linear()"::equals));
            assertEquals(2, second.table(0).rows().size(), "the report covers the whole session");
            EvalResult letOnly = s.eval(new Source("3", "let budgets = [0.01, 0.02]"));
            assertTrue(letOnly.records().isEmpty());
            assertTrue(letOnly.tables().isEmpty());
        }
    }

    @Test
    void letValuesComeBackTyped() {
        try (Session s = session()) {
            s.eval(new Source("1", "let eps = 8/255\nlet grid = [0.01, 0.02]\nlet name = \"run\"\nlet on = 1 < 2"));
            assertEquals(8 / 255.0, s.value("eps", Double.class).orElseThrow());
            assertEquals(List.of(0.01, 0.02), s.value("grid", List.class).orElseThrow());
            assertEquals(0.02, s.value("grid", double[].class).orElseThrow()[1]);
            assertEquals("run", s.value("name", String.class).orElseThrow());
            assertTrue(s.value("on", Boolean.class).orElseThrow());
            assertFalse(s.value("missing", Double.class).isPresent());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.value("name", Double.class));
            assertEquals("'name' is a string, not a Double", e.getMessage());
        }
    }
}
