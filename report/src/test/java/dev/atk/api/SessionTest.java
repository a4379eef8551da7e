package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.result.ResultRecord;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {
    static final String QUICK = """
            model toy_cnn
            data toy split test sample 6 seed 11
            set batch = 4
            for eps in profile(0.05..1.0) run bce(), linear(), slam(q=0.5)
            report flips
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Session session(FakeStdlib stdlib, boolean resume) {
        return Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8)).stdlib(stdlib)
                .resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache")).runName("quick").resume(resume).build();
    }

    @Test
    void runsTheQuickstartShapeWithFusedSweeps() {
        FakeStdlib fake = new FakeStdlib();
        try (Session s = session(fake, false)) {
            EvalResult r = s.eval(new Source("quick.atk", QUICK));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            assertEquals(6 * 7 * 3, s.results().size());
            assertEquals(1, fake.profileCalls);
            assertEquals(List.of("bce() 7 budgets 6 images", "linear() 7 budgets 6 images", "slam(q=0.5) 7 budgets 6 images"),
                    fake.attackLog);
            String table = out.toString(StandardCharsets.UTF_8);
            assertTrue(table.contains("slam(q=0.5)"), table);
            assertTrue(table.contains("Total"), table);
        }
    }

    @Test
    void budgetsComeFromTheProfile() {
        try (Session s = session(new FakeStdlib(), false)) {
            s.eval(new Source("quick.atk", QUICK));
            Set<Double> budgets = new HashSet<>();
            for (ResultRecord r : s.results()) {
                budgets.add(r.budget());
            }
            // the fake profile has eps_max = 0.04; the paper grid is {0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1} × eps_max
            assertEquals(Set.of(0.05 * 0.04, 0.1 * 0.04, 0.2 * 0.04, 0.4 * 0.04, 0.6 * 0.04, 0.8 * 0.04, 0.04), budgets);
        }
    }

    @Test
    void profileIsCachedOnDiskAcrossSessions() {
        FakeStdlib first = new FakeStdlib();
        try (Session s = session(first, false)) {
            s.eval(new Source("quick.atk", QUICK));
        }
        FakeStdlib second = new FakeStdlib();
        try (Session s = session(second, false)) {
            assertEquals(EvalStatus.OK, s.eval(new Source("quick.atk", QUICK)).status());
        }
        assertEquals(1, first.profileCalls);
        assertEquals(0, second.profileCalls);
    }

    @Test
    void aKilledRunResumesWithEveryRecordExactlyOnce() throws Exception {
        FakeStdlib uninterrupted = new FakeStdlib();
        String expectedTable;
        try (Session s = session(uninterrupted, false)) {
            s.eval(new Source("quick.atk", QUICK));
            expectedTable = out.toString(StandardCharsets.UTF_8);
        }
        Files.delete(dir.resolve("results/quick.jsonl"));
        out.reset();

        FakeStdlib dying = new FakeStdlib();
        dying.failAfterBatches = 3;
        try (Session s = session(dying, false)) {
            assertEquals(EvalStatus.CANCELLED, s.eval(new Source("quick.atk", QUICK)).status());
        }
        long partial = Files.readAllLines(dir.resolve("results/quick.jsonl")).size();
        assertTrue(partial > 0 && partial < 126, "partial log has " + partial + " lines");
        out.reset();

        try (Session s = session(new FakeStdlib(), true)) {
            EvalResult r = s.eval(new Source("quick.atk", QUICK));
            assertEquals(EvalStatus.OK, r.status());
            assertEquals(partial, r.recordsResumed());
            assertEquals(126 - partial, r.recordsWritten());
        }
        List<String> lines = Files.readAllLines(dir.resolve("results/quick.jsonl"));
        assertEquals(126, lines.size());
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            keys.add(line.substring(line.indexOf("\"key\":\"") + 7, line.indexOf('"', line.indexOf("\"key\":\"") + 7)));
        }
        assertEquals(126, keys.size());
        assertEquals(expectedTable, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void resumingAPerBudgetAttackRedoesOnlyTheMissingBudgets() {
        String slamOnly = "model toy_cnn\ndata toy split test sample 6 seed 11\nset batch = 4\n"
                + "for eps in [0.01, 0.02, 0.03] run slam(q=0.5)\n";
        FakeStdlib dying = new FakeStdlib();
        dying.failAfterBatches = 4; // runs (4 images × 3 budgets), then budget 1 of the last 2 images, then dies
        try (Session s = session(dying, false)) {
            assertEquals(EvalStatus.CANCELLED, s.eval(new Source("quick.atk", slamOnly)).status());
        }
        FakeStdlib resumed = new FakeStdlib();
        try (Session s = session(resumed, true)) {
            EvalResult r = s.eval(new Source("quick.atk", slamOnly));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            assertEquals(18, r.recordsResumed() + r.recordsWritten());
            assertEquals(14, r.recordsResumed());
            assertEquals(4, r.recordsWritten());
            assertEquals(4, resumed.outcomesComputed, "recomputed budgets the log already had");
        }
    }

    @Test
    void statePersistsBetweenEvaluations() {
        try (Session s = session(new FakeStdlib(), false)) {
            assertEquals(EvalStatus.OK, s.eval(new Source("<1>", "model toy_cnn")).status());
            assertEquals(EvalStatus.OK, s.eval(new Source("<2>", "data toy sample 4 seed 3")).status());
            assertEquals(EvalStatus.OK, s.eval(new Source("<3>", "let e = 0.01")).status());
            EvalResult r = s.eval(new Source("<4>", "run bce() at eps = e"));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            assertEquals(4, s.results().size());
            out.reset();
            s.eval(new Source("<5>", "print profile().eps_max"));
            assertEquals("0.04", out.toString(StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void scriptErrorsRunNothing() {
        FakeStdlib fake = new FakeStdlib();
        try (Session s = session(fake, false)) {
            EvalResult r = s.eval(new Source("bad.atk", "model toy_cnn\ndata toy\nfor eps in [0.01] run slamm(q=0.5)\n"));
            assertEquals(EvalStatus.SCRIPT_ERROR, r.status());
            assertEquals("bad.atk:3:23: unknown attack 'slamm' — did you mean 'slam'?", r.diagnostics().get(0).headline());
            assertEquals(0, fake.attackCalls);
        }
    }

    @Test
    void aRuntimeFailureIsOneLine() {
        try (Session s = session(new FakeStdlib(), false)) {
            EvalResult r = s.eval(new Source("x.atk", "model \"models/missing_weights.json\""));
            assertEquals(EvalStatus.SCRIPT_ERROR, r.status());
            assertTrue(r.describeProblems().contains("model config not found"), r.describeProblems());
        }
    }
}
