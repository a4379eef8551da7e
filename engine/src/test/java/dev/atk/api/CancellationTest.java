package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Session#cancel()} ends any statement within a second, wherever its time goes: in the planner's loop
 * unrolling, in a built-in walking a million-value list, in CLASS's subset search at check time, or in the executor's
 * prints. Each script below would run for minutes; the test cancels it once it is under way and times the stop.
 */
class CancellationTest {
    /** How long a script may keep running after cancel(): the bar. */
    private static final long STOP_WITHIN_MS = 1_000;
    /** How long each script runs before it is cancelled; none of them finishes nearly this fast. */
    private static final long RUN_BEFORE_CANCEL_MS = 400;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the planner unrolls 10,000 repetitions, each evaluating a budget from a million values
        "plan|for i in 1..10000 { run bce() at eps = mean(linspace(0, 0.01, 1000000)) }",
        // a for block of prints: planned quickly, then the executor evaluates a million-value list per node
        "execute|for i in 1..10000 { print mean(linspace(0, 1, 1000000)) }",
        // a large CLASS subset search repeated by a loop at plan time
        "search|for i in 1..10000 { let s = class_subset(linspace(0, 1, 80), "
            + "[for_rows], 20, gamma=0.5, branches=16, depth=3) }",
        // only the checker's and planner's work: one statement of list arithmetic with no tensor engine at all
        "aggregate|for i in 1..10000 { let m = std(logspace(-3, 0, 1000000)) }",
    })
    void cancelStopsTheStatementWithinASecond(String labelled) throws Exception {
        String script = labelled.substring(labelled.indexOf('|') + 1).replace("[for_rows]", identity(80));
        Session session = Session.builder().baseDir(dir).out(new PrintStream(OutputStream.nullOutputStream()))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"))
                .runName("cancel").build();
        try (session) {
            String full = "model toy_cnn\ndata toy sample 2\n" + script + "\n";
            CompletableFuture<EvalResult> run = CompletableFuture.supplyAsync(() -> session.eval(new Source("c.atk", full)));
            Thread.sleep(RUN_BEFORE_CANCEL_MS);
            assertTrue(!run.isDone(), () -> "finished before it was cancelled, so it proves nothing: " + run.join().describeProblems());
            long cancelledAt = System.nanoTime();
            session.cancel();
            EvalResult r = run.get(30, TimeUnit.SECONDS);
            long stopMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt);
            assertEquals(EvalStatus.CANCELLED, r.status(), r::describeProblems);
            assertTrue(stopMs <= STOP_WITHIN_MS, "stopped " + stopMs + " ms after cancel()");
            System.out.printf("%s: stopped %d ms after cancel()%n", labelled.substring(0, labelled.indexOf('|')), stopMs);
        }
    }

    /** An n×n identity matrix as a list literal. */
    private static String identity(int n) {
        Function<Integer, String> row = i -> {
            StringBuilder b = new StringBuilder("[");
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : ", ").append(i == j ? 1 : 0);
            }
            return b.append(']').toString();
        };
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append(row.apply(i));
        }
        return b.append(']').toString();
    }
}
