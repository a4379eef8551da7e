package dev.atk.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import dev.atk.result.ResultRecord;
import dev.atk.source.Source;
import dev.atk.spi.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the cluster tests share: the script they run (attacks that need no profile, so a fresh CI machine computes
 * none), a session on this JVM or on a local cluster, and the comparison of two runs' records, key by key.
 * The test JVM and every executor run libtorch on one thread (the module's surefire configuration), so the
 * single-process run and the cluster run compute with the same reduction order and must agree bit for bit.
 */
final class ClusterRuns {
    static final String CLUSTER = "local-cluster[2,1,1024]";

    /** 2 attacks × 12 images × 2 budgets; batch 2 makes 6 Spark tasks per attack. */
    static final String SCRIPT = """
            model fashion_cnn
            data fashion split test sample 12 seed 11
            set batch = 2
            for eps in [0.05, 0.1] run bce(), linear()
            """;
    static final int RECORDS = 2 * 12 * 2;

    private ClusterRuns() {}

    /** Notes the session printed (device, Spark's start, the cluster's summary). */
    static final class Notes implements ProgressListener {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void note(String message) {
            lines.add(message);
        }

        boolean any(String part) {
            return lines.stream().anyMatch(l -> l.contains(part));
        }
    }

    static Session session(Path dir, String cluster, boolean resume, ProgressListener progress) {
        var b = Session.builder().baseDir(dir).resultsDir(dir.resolve("atk-results")).runName("run")
                .cacheDir(dir.resolve("cache")) // every analysis computed, none read from another run's cache
                .out(new PrintStream(PrintStream.nullOutputStream())).progress(progress).resume(resume);
        if (cluster != null) {
            b.cluster(cluster);
        }
        return b.build();
    }

    static EvalResult run(Session session, String script) {
        EvalResult result = session.eval(new Source("run.atk", script));
        assertTrue(result.ok(), result::describeProblems);
        return result;
    }

    /** The single-process run every cluster run is compared with, made once per test class. */
    static Map<String, ResultRecord> reference(Path dir) {
        try (Session s = session(dir, null, false, ProgressListener.NONE)) {
            return byKey(run(s, SCRIPT).records());
        }
    }

    static Map<String, ResultRecord> byKey(List<ResultRecord> records) {
        Map<String, ResultRecord> out = new HashMap<>();
        for (ResultRecord r : records) {
            out.put(r.key(), r);
        }
        return out;
    }

    /** The keys of a results log, each as often as it occurs. */
    static List<String> logKeys(Path log) {
        List<String> keys = new ArrayList<>();
        if (!Files.exists(log)) {
            return keys;
        }
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("{") && line.endsWith("}")) { // a line a kill cut short is not a record
                    int at = line.indexOf("\"key\":\"");
                    keys.add(line.substring(at + 7, line.indexOf('"', at + 7)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** Each key once, and {@code expected} of them. */
    static void assertExactlyOnce(Path log, int expected) {
        List<String> keys = logKeys(log);
        Set<String> distinct = new TreeSet<>(keys);
        assertEquals(keys.size(), distinct.size(), "a key occurs twice in " + log);
        assertEquals(expected, distinct.size(), "records in " + log);
    }

    /** Same keys; per key the same flips, iterations and bit-identical clean and adversarial confidences. */
    static void assertSameRecords(Map<String, ResultRecord> expected, Map<String, ResultRecord> actual) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()));
        for (ResultRecord e : expected.values()) {
            ResultRecord a = actual.get(e.key());
            assertEquals(e.flips(), a.flips(), e.key());
            assertEquals(e.iterations(), a.iterations(), e.key());
            assertEquals(e.linf(), a.linf(), 0.0, e.key());
            assertArrayEquals(e.clean(), a.clean(), 0f, e.key());
            assertArrayEquals(e.adversarial(), a.adversarial(), 0f, e.key());
        }
    }

    /** The executor JVMs this JVM's local cluster started (its workers run in this JVM, so they are its children). */
    static List<ProcessHandle> executors() {
        return ProcessHandle.current().descendants().filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend"))
                .toList();
    }

    /** A process's command line from /proc (ProcessHandle.Info gives none for one as long as an executor's). */
    static String commandLine(ProcessHandle p) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
