package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster asked for where the atk-cluster module is absent (this module's tests do not see it): one positioned
 * runtime error that says how to get the module, and nothing runs in this process instead of the cluster.
 */
class WithoutClusterModuleTest {
    @TempDir
    Path dir;

    private Session session(String cluster) {
        SessionBuilder b = Session.builder().baseDir(dir).out(new PrintStream(PrintStream.nullOutputStream()))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"));
        return cluster == null ? b.build() : b.cluster(cluster).build();
    }

    @Test
    void theOptionNamesTheMissingModule() {
        try (Session s = session("local-cluster[2,1,1024]")) {
            EvalResult run = s.eval(new Source("c.atk", "model toy_cnn\ndata toy split test sample 4 seed 11\n"
                    + "run bce() at eps = 0.01\n"));
            assertEquals(EvalStatus.RUNTIME_ERROR, run.status());
            assertTrue(run.describeProblems().contains("the atk-cluster module is not on the class path"),
                    run.describeProblems());
            assertEquals(0, run.recordsWritten());
        }
    }

    @Test
    void aScriptsSetClusterNamesItTooAndIsChosenOnce() {
        try (Session s = session(null)) {
            EvalResult run = s.eval(new Source("c.atk", "set cluster = \"local[2]\"\nmodel toy_cnn\n"
                    + "data toy split test sample 4 seed 11\nrun bce() at eps = 0.01\n"));
            assertEquals(EvalStatus.RUNTIME_ERROR, run.status());
            assertTrue(run.describeProblems().contains("atk-cluster"), run.describeProblems());
        }
        try (Session s = session(null)) {
            assertEquals(EvalStatus.OK, s.eval(new Source("a.atk", "model toy_cnn\ndata toy split test sample 2 seed 11\n"
                    + "run bce() at eps = 0.01\n")).status());
            EvalResult later = s.eval(new Source("b.atk", "set cluster = \"local[2]\"\nrun bce() at eps = 0.02\n"));
            assertEquals(EvalStatus.RUNTIME_ERROR, later.status());
            assertTrue(later.describeProblems().contains("the cluster is chosen once per session"),
                    later.describeProblems());
        }
    }

    @Test
    void theBuilderRefusesAnUnknownMaster() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Session.builder().cluster("yarn"));
        assertTrue(e.getMessage().contains("local-cluster[W,C,M]"), e.getMessage());
    }
}
