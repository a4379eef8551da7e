package dev.atk.cluster;

import static dev.atk.cluster.ClusterRuns.CLUSTER;
import static dev.atk.cluster.ClusterRuns.RECORDS;
import static dev.atk.cluster.ClusterRuns.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver of a cluster run killed (SIGKILL) mid-job: its executors go with it, and {@code --resume} on a new
 * cluster skips the logged keys before anything is scheduled, finishes the rest, and ends with the single-process
 * records, each key once.
 */
class DriverKilledResumeTest {

    @Test
    void aResumedClusterRunFinishesWhatTheKilledDriverLeft(@TempDir Path dir) throws Exception {
        Map<String, dev.atk.result.ResultRecord> reference = ClusterRuns.reference(dir.resolve("reference"));
        Path runDir = dir.resolve("run");
        java.nio.file.Files.createDirectories(runDir);
        Process driver = driver(runDir);
        Path log = runDir.resolve("atk-results/run.jsonl");
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (ClusterRuns.logKeys(log).size() < 6 && driver.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(driver.isAlive(), "the driver ended before it could be killed (exit " + exit(driver) + ")");
        List<ProcessHandle> executors = driver.toHandle().descendants()
                .filter(p -> ClusterRuns.commandLine(p).contains("CoarseGrainedExecutorBackend")).toList();
        assertEquals(2, executors.size(), "the killed driver's executor JVMs");
        driver.toHandle().destroyForcibly();
        driver.waitFor();
        int logged = ClusterRuns.logKeys(log).size();
        assertTrue(logged < RECORDS, "the driver finished before the kill");

        long orphanDeadline = System.nanoTime() + 90_000_000_000L;
        while (executors.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < orphanDeadline) {
            Thread.sleep(200);
        }
        assertTrue(executors.stream().noneMatch(ProcessHandle::isAlive), "executors outlived their driver");

        try (Session s = ClusterRuns.session(runDir, CLUSTER, true, dev.atk.spi.ProgressListener.NONE)) {
            EvalResult r = ClusterRuns.run(s, SCRIPT);
            assertTrue(r.recordsResumed() >= logged - 1, "resumed " + r.recordsResumed() + " of " + logged);
            assertEquals(RECORDS, r.recordsResumed() + r.recordsWritten());
            ClusterRuns.assertExactlyOnce(s.resultsFile(), RECORDS);
            ClusterRuns.assertSameRecords(reference, ClusterRuns.byKey(s.results()));
        }
    }

    /** This JVM's class path and DJL settings, running {@link ClusterScriptMain} in DIR. */
    private static Process driver(Path dir) throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : List.of("ai.djl.offline", "ai.djl.pytorch.num_threads", "DJL_CACHE_DIR", "jna.tmpdir",
                "OPT_OUT_TRACKING", "atk.home")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClusterScriptMain.class.getName());
        command.add(dir.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("driver.log").toFile()).start();
    }

    private static String exit(Process p) {
        return p.isAlive() ? "running" : Integer.toString(p.exitValue()) + File.separator;
    }
}
