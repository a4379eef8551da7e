package dev.atk.cluster;

import static dev.atk.cluster.ClusterRuns.CLUSTER;
import static dev.atk.cluster.ClusterRuns.RECORDS;
import static dev.atk.cluster.ClusterRuns.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import dev.atk.result.ResultRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's attack tasks on two executor JVMs give the single-process run's records, each key once. */
class LocalClusterTest {
    @TempDir
    static Path shared;
    static Map<String, ResultRecord> reference;

    @BeforeAll
    static void singleProcess() {
        reference = ClusterRuns.reference(shared.resolve("reference"));
        assertEquals(RECORDS, reference.size());
    }

    @Test
    void twoExecutorsGiveTheSingleProcessRecords(@TempDir Path dir) {
        ClusterRuns.Notes notes = new ClusterRuns.Notes();
        try (Session s = ClusterRuns.session(dir, CLUSTER, false, notes)) {
            EvalResult r = ClusterRuns.run(s, SCRIPT);
            assertEquals(RECORDS, r.recordsWritten());
            ClusterRuns.assertSameRecords(reference, ClusterRuns.byKey(r.records()));
            ClusterRuns.assertExactlyOnce(s.resultsFile(), RECORDS);
            ClusterRuns.assertSameRecords(reference, ClusterRuns.byKey(s.results()));
        }
        assertTrue(notes.any("attack tasks run on Spark (" + CLUSTER), notes.lines::toString);
        assertTrue(notes.any("12 tasks") && notes.any("on 2 executors"), notes.lines::toString);
    }

    /**
     * A correlation matrix's rows in parts on two executors, summed on the driver in row order: the single-process
     * matrix to the last bit. Attackability in parts: the single-process counts and confidences. The profile's probe
     * in parts, measured in rounds: the single-process profile.
     */
    @Test
    void analysesSplitIntoPartsGiveTheSingleProcessNumbers(@TempDir Path dir) {
        String script = "model fashion_cnn\ndata fashion split test\nset batch = 2\nlet z = correlations(samples=8)\n"
                + "let a = attackability(samples=6)\n"
                // a quick probe of 2 batches of 16 (2 parts), in measurements of 2 iterations of a large step
                + "set alpha = 0.01\nset profile_samples = 32\nset profile_interval = 2\nlet p = profile()\n";
        dev.atk.spi.CorrelationResult one;
        dev.atk.spi.AttackabilityResult oneA;
        dev.atk.spi.ProfileResult oneP;
        try (Session s = ClusterRuns.session(dir.resolve("one"), null, false, dev.atk.spi.ProgressListener.NONE)) {
            ClusterRuns.run(s, script);
            one = s.value("z", dev.atk.spi.CorrelationResult.class).orElseThrow();
            oneA = s.value("a", dev.atk.spi.AttackabilityResult.class).orElseThrow();
            oneP = s.value("p", dev.atk.spi.ProfileResult.class).orElseThrow();
        }
        ClusterRuns.Notes notes = new ClusterRuns.Notes();
        try (Session s = ClusterRuns.session(dir.resolve("cluster"), CLUSTER, false, notes)) {
            ClusterRuns.run(s, script);
            dev.atk.spi.CorrelationResult parts = s.value("z", dev.atk.spi.CorrelationResult.class).orElseThrow();
            assertEquals(40, parts.labels());
            for (int l = 0; l < parts.labels(); l++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(one.raw()[l], parts.raw()[l], 0.0, "row " + l);
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(one.samplesPerLabel(), parts.samplesPerLabel());
            assertEquals(one.forwardPasses(), parts.forwardPasses());
            assertEquals(one.backwardPasses(), parts.backwardPasses());
            dev.atk.spi.AttackabilityResult partsA = s.value("a", dev.atk.spi.AttackabilityResult.class).orElseThrow();
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneA.attempts(), partsA.attempts());
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneA.flipped(), partsA.flipped());
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneA.meanConfidence(), partsA.meanConfidence(), 0.0);
            assertEquals(oneA.forwardPasses(), partsA.forwardPasses());
            assertEquals(oneA.backwardPasses(), partsA.backwardPasses());
            assertTrue(java.util.Arrays.stream(oneA.flipped()).sum() > 0, "no label flipped: the test shows nothing");
            dev.atk.spi.ProfileResult partsP = s.value("p", dev.atk.spi.ProfileResult.class).orElseThrow();
            assertTrue(partsP.computedOn().contains("probe in 2 parts on Spark executors"), partsP.computedOn());
            assertTrue(oneP.epsilons().length > 2 * ClusterAnalyses.PROFILE_ROUND + 1,
                    "the probe stopped within two rounds: " + oneP.epsilons().length + " points");
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneP.epsilons(), partsP.epsilons(), 0.0);
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneP.flipsBce(), partsP.flipsBce(), 0.0);
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneP.flipsLinear(), partsP.flipsLinear(), 0.0);
            org.junit.jupiter.api.Assertions.assertArrayEquals(oneP.coefficients(), partsP.coefficients(), 0.0);
            assertEquals(oneP.epsMax(), partsP.epsMax());
            assertEquals(oneP.converged(), partsP.converged());
            assertEquals(32, partsP.samples());
        }
        // correlations: 40 labels × 8 images = 320 rows in batches of 40 (a row per label at least), 8 batches in 4
        // parts, 2 per executor; attackability: 4 parts; the profile: 2 parts a round
        assertTrue(notes.any(" tasks on 2 executors"), notes.lines::toString);
    }

    /** {@code local[2]}: Spark's tasks run in this JVM on the driver's own engine, with the same records. */
    @Test
    void localModeRunsTheTasksOnTheDriversEngine(@TempDir Path dir) {
        ClusterRuns.Notes notes = new ClusterRuns.Notes();
        try (Session s = ClusterRuns.session(dir, "local[2]", false, notes)) {
            EvalResult r = ClusterRuns.run(s, SCRIPT);
            ClusterRuns.assertSameRecords(reference, ClusterRuns.byKey(r.records()));
            ClusterRuns.assertExactlyOnce(s.resultsFile(), RECORDS);
            assertTrue(ClusterRuns.executors().isEmpty(), "local mode starts no executor JVM");
        }
        assertTrue(notes.any("12 tasks on 1 executor"), notes.lines::toString);
    }

    /**
     * An executor killed (SIGKILL) while its tasks run: Spark runs them again elsewhere, and the log still has each
     * key once and the single-process records.
     */
    @Test
    void aKilledExecutorsTasksRunAgainWithoutDuplicates(@TempDir Path dir) throws Exception {
        ClusterRuns.Notes notes = new ClusterRuns.Notes();
        AtomicReference<EvalResult> result = new AtomicReference<>();
        AtomicReference<Path> log = new AtomicReference<>();
        try (Session s = ClusterRuns.session(dir, CLUSTER, false, notes)) {
            Thread run = new Thread(() -> {
                result.set(s.eval(new dev.atk.source.Source("run.atk", SCRIPT)));
                log.set(s.resultsFile());
            });
            run.start();
            Path file = dir.resolve("atk-results/run.jsonl");
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (lines(file) < 4 && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<ProcessHandle> executors = ClusterRuns.executors();
            assertEquals(2, executors.size(), "executor JVMs of the local cluster");
            assertTrue(lines(file) < RECORDS, "the run ended before an executor could be killed");
            ProcessHandle victim = executors.get(0);
            assertTrue(victim.destroyForcibly(), "SIGKILL an executor");
            run.join(300_000);
            assertFalse(run.isAlive(), "the run did not finish after an executor was killed");
            assertTrue(result.get().ok(), result.get()::describeProblems);
            ClusterRuns.assertExactlyOnce(log.get(), RECORDS);
            ClusterRuns.assertSameRecords(reference, ClusterRuns.byKey(s.results()));
        }
    }

    /** Session.cancel (Ctrl-C) mid-job cancels the job group: the run ends cancelled, soon, with what it logged once. */
    @Test
    void cancellingTheSessionCancelsTheJob(@TempDir Path dir) throws Exception {
        AtomicReference<EvalResult> result = new AtomicReference<>();
        try (Session s = ClusterRuns.session(dir, CLUSTER, false, dev.atk.spi.ProgressListener.NONE)) {
            Thread run = new Thread(() -> result.set(s.eval(new dev.atk.source.Source("run.atk", SCRIPT))));
            run.start();
            Path file = dir.resolve("atk-results/run.jsonl");
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (lines(file) < 2 && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(run.isAlive(), "the run ended before it could be cancelled");
            long asked = System.nanoTime();
            s.cancel();
            run.join(60_000);
            assertFalse(run.isAlive(), "the run did not stop after cancel");
            assertEquals(dev.atk.api.EvalStatus.CANCELLED, result.get().status(), result.get()::describeProblems);
            assertTrue((System.nanoTime() - asked) / 1e9 < 30, "cancel took more than 30 s");
            long logged = lines(file);
            assertTrue(logged < RECORDS, "every record was written before the cancel took effect");
            ClusterRuns.assertExactlyOnce(file, (int) logged);
        }
    }

    private static long lines(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var l = Files.lines(file)) {
            return l.filter(x -> !x.isBlank()).count();
        }
    }
}
