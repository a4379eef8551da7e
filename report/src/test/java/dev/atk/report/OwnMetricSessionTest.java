package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code report metric(f)} as a user writes it: real JavaScript through a whole session, on the fake stdlib's records
 * (no tensors). The table of a function returning flips is the flips table; a function that fails is one positioned
 * runtime error that names it and the image, and the session goes on.
 */
class OwnMetricSessionTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Session session;

    @BeforeEach
    void open() {
        session = Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"))
                .runName("metric").build();
        EvalResult run = session.eval(new Source("run.atk", """
                model toy_cnn
                data toy split test sample 6 seed 11
                for eps in [0.01, 0.02] run bce(), slam() into main
                let m = js("(r) => r.flips")
                """));
        assertEquals(EvalStatus.OK, run.status(), run::describeProblems);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** What {@code script} printed. */
    private String printed(String script) {
        out.reset();
        EvalResult r = session.eval(new Source("r.atk", script));
        assertEquals(EvalStatus.OK, r.status(), r::describeProblems);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFunctionReturningFlipsGivesTheFlipsTable() {
        String csv = printed("report main as csv\n");
        assertTrue(csv.contains("true"), "the fake slam flips one more label everywhere: its cells are marked\n" + csv);
        assertEquals(csv, printed("report main.metric(m) as csv\n"), "numbers, tests and marks");
        assertEquals(printed("report flips as csv\n"), printed("report metric(m) as csv\n"));
        assertTrue(printed("report main.metric(m)\n").startsWith("== m of main ==\n"), out.toString());
        assertTrue(printed("for f in [m] {\n  report metric(f, better=\"lower\")\n}\n").startsWith("== m ==\n"),
                "a loop's function");
    }

    /** A host's Java function is a metric too; {@code metric} itself cannot be bound, or the report would change. */
    @Test
    void aHostFunctionIsAMetricToo() {
        session.bind("host_flips", "1", args -> ((java.util.Map<?, ?>) args.get(0)).get("flips"));
        assertEquals(printed("report main as csv\n"), printed("report main.metric(host_flips) as csv\n"));
        assertThrows(IllegalArgumentException.class, () -> session.bind("metric", args -> 1.0));
    }

    @Test
    void theRecordHasItsFields() {
        String csv = printed("""
                let fields = js(\"\"\"(r) => {
                  for (const k of ["id", "model", "attack", "budget", "budget_label", "labels", "clean", "adversarial",
                                   "target", "threshold", "flips", "iterations", "linf", "l2", "rmsd", "seconds",
                                   "measures"]) {
                    if (!(k in r)) throw new Error("no " + k);
                  }
                  if (r.clean.length !== r.labels || r.target.length !== r.labels) throw new Error("lengths");
                  return 100 * r.budget + r.labels;
                }\"\"\")
                report metric(fields) as csv
                """);
        // ε = 0.01 and 0.02, one label per fake record: every image gives 2 and 3
        assertTrue(csv.contains(",0.01,0.01,2.0,0.0,6,"), csv);
        assertTrue(csv.contains(",0.02,0.02,3.0,0.0,6,"), csv);
    }

    /** The examples of docs/language.md, and a chart of one's own metric. */
    @Test
    void theDocumentedExamplesRun() throws Exception {
        String shown = printed("""
                let share = js("(r) => r.flips / r.labels")
                report main.metric(share)
                let offTarget = js("(r) => r.adversarial.filter((c, j) => r.target[j] !== null && (c > r.threshold) !== (r.target[j] === 1)).length")
                report metric(offTarget, better="lower") as csv
                report main.metric(share) as chart to "share.png"
                """);
        assertTrue(shown.startsWith("== share of main ==\n"), shown);
        // the fake records have one label, 0.1 before and 0.9 after: max-flip wants it positive, and it is
        assertTrue(shown.contains("bce(),bce(),0.01,0.01,0.0,0.0,6,"), shown);
        String chart = shown.lines().filter(l -> l.startsWith("chart written to ")).findFirst().orElseThrow();
        assertTrue(java.nio.file.Files.size(Path.of(chart.substring("chart written to ".length()))) > 0, shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(r) => { throw new Error('no truth here') }|metric function bad failed: Error: no truth here (line 1, column",
        "(r) => NaN|metric function bad gave a wrong result for image toy/test/",
        "(r) => 'many'|it returned the string \"many\"; it must return one finite number",
        "(r) => null|it returned null; it must return one finite number",
        "(r) => [r.flips]|it returned a list of 1; it must return one finite number",
        "(r) => ({n: r.flips})|metric function bad returned an object",
    })
    void aFailingFunctionIsAPositionedErrorAndTheSessionGoesOn(String code, String message) {
        EvalResult r = session.eval(new Source("bad.atk", "let bad = js(\"\"\"" + code + "\"\"\")\n"
                + "report main.metric(bad)\n"));
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r::describeProblems);
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), r::describeProblems);
        Diagnostic e = errors.get(0);
        assertEquals(2, e.span().line(), "at the report statement");
        assertEquals(1, e.span().column());
        assertTrue(e.message().contains(message), e.message());
        assertTrue(e.message().contains("image toy/test/"), "names the image: " + e.message());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("== bad"), "no half table");

        assertEquals("== flips ==", printed("report flips\n").lines().findFirst().orElseThrow());
        assertTrue(printed("print 20 + 22\n").contains("42"));
    }

    /** Checking and planning run no guest code; explain shows the metric as written. */
    @Test
    void explainShowsItAndRunsNothing() {
        String plan = session.explain(new Source("x.atk", """
                let bad = js("(r) => { throw new Error('ran') }")
                report main.metric(bad, better="lower") as csv
                """));
        assertTrue(plan.contains("Report metric(bad, better=\"lower\") of main as csv"), plan);
        assertFalse(plan.contains("ran"), plan);
    }
}
