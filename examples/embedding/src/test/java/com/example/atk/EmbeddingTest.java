package com.example.atk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.guest.PolyglotFunctions;
import dev.atk.result.ResultTable;
import dev.atk.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an application does with ATK through its one dependency, against the installed artifacts. */
class EmbeddingTest {
    @TempDir
    Path dir;

    @Test
    void theExperimentRunsWithAJavaFunctionAndReturnsItsTable() {
        ResultTable flips = LabelAttacks.run(dir.resolve("results"));
        assertEquals("flips", flips.metric());
        assertEquals(List.of("bce()", "subset(priority=ground_truth_first, n=2)"),
                flips.rows().stream().map(ResultTable.Row::attack).toList());
        assertEquals(0.03, flips.columns().get(0).budget());
        ResultTable.Cell bce = flips.cell("bce()", 0.03).orElseThrow();
        assertEquals(4, bce.images());
        assertTrue(bce.mean() >= 0 && bce.mean() <= 40, "flips of 40 labels: " + bce.mean());
        assertEquals(4, LabelAttacks.CALLS.get(), "the host function is called once per image");
    }

    @Test
    void aCancelFromAnotherThreadStopsALongRun() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Session session = Session.builder().resultsDir(dir.resolve("results")).build()) {
            long start = System.nanoTime();
            timer.schedule(session::cancel, 3, TimeUnit.SECONDS);
            EvalResult r = session.eval(new Source("long.atk", """
                    model fashion_cnn
                    data fashion split test sample 64 seed 11
                    set alpha = 0.000001
                    run bce() at eps = 0.03
                    """));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(EvalStatus.CANCELLED, r.status(), r.describeProblems());
            assertTrue(seconds < 60, "cancelled within one iteration, not at the end: " + seconds + " s");
            EvalResult after = session.eval(new Source("after.atk", "let x = 1 + 1"));
            assertEquals(EvalStatus.OK, after.status(), "the session goes on after a cancel");
            assertEquals(2.0, session.value("x", Double.class).orElseThrow());
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void guestCodeAndAHostsPolyglotFunctionPlugInAlike() {
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
             Session session = Session.builder().resultsDir(dir.resolve("results")).build()) {
            session.bind("by_confidence", "1", PolyglotFunctions.of(js.eval("js", "(conf) => conf")));
            EvalResult r = session.eval(new Source("both.atk", """
                    model fashion_cnn
                    data fashion split test sample 2 seed 11
                    let nearest = js("(conf) => conf.map(p => -Math.abs(p - 0.5))")
                    run subset(priority=nearest, n=3), subset(priority=by_confidence, n=3) at eps = 0.02
                    report flips
                    """));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            assertEquals(4, r.records().size());
            assertEquals(2, r.table(0).rows().size());
        }
    }

    @Test
    void theJavaxScriptEngineIsFoundByName() throws Exception {
        ScriptEngine atk = new ScriptEngineManager().getEngineByName("atk");
        atk.put("atk.results", dir.resolve("jsr223").toString());
        atk.put("budget", 0.02);
        Object value = atk.eval("let doubled = budget * 2");
        assertEquals(0.04, value);
        ((AutoCloseable) atk).close();
    }
}
