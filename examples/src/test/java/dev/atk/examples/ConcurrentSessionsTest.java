package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.result.ResultRecord;
import dev.atk.source.Source;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedding application runs sessions on its own threads. DJL records gradients for one collector per JVM, so
 * before the stdlib's {@code Gradients} door two attacking sessions crashed each other; now they take turns step by
 * step, and each gets the records it gets alone. Two threads on one session queue.
 */
class ConcurrentSessionsTest {
    private static final String SCRIPT = """
            model fashion_cnn
            data fashion split test sample 4 seed %d
            run bce(), mifgsm(loss=linear()) at eps = 0.02
            """;

    @TempDir
    Path dir;

    private Session session(String name) {
        return Session.builder().baseDir(dir).out(new PrintStream(OutputStream.nullOutputStream()))
                .cacheDir(dir.resolve("cache")).resultsDir(dir.resolve("results-" + name)).runName(name).build();
    }

    @Test
    void twoSessionsOnTwoThreadsBothFinishWithTheirOwnRecords() throws Exception {
        List<List<ResultRecord>> alone = new ArrayList<>();
        for (int seed : new int[] {11, 12}) {
            try (Session s = session("alone" + seed)) {
                EvalResult r = s.eval(new Source("a.atk", SCRIPT.formatted(seed)));
                assertEquals(EvalStatus.OK, r.status(), r::describeProblems);
                alone.add(s.results());
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ResultRecord>>> together = new ArrayList<>();
            for (int seed : new int[] {11, 12}) {
                Callable<List<ResultRecord>> run = () -> {
                    try (Session s = session("together" + seed)) {
                        EvalResult r = s.eval(new Source("t.atk", SCRIPT.formatted(seed)));
                        assertEquals(EvalStatus.OK, r.status(), r::describeProblems);
                        return s.results();
                    }
                };
                together.add(threads.submit(run));
            }
            for (int k = 0; k < 2; k++) {
                List<ResultRecord> got = together.get(k).get(5, TimeUnit.MINUTES);
                assertSameRecords(alone.get(k), got);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoThreadsOnOneSessionQueue() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Session s = session("shared")) {
            Future<EvalResult> first = threads.submit(() -> s.eval(new Source("a.atk", SCRIPT.formatted(11))));
            Future<EvalResult> second = threads.submit(() -> s.eval(new Source("b.atk",
                    "run linear() at eps = 0.01\nprint 6 * 7\n")));
            EvalResult a = first.get(5, TimeUnit.MINUTES);
            EvalResult b = second.get(5, TimeUnit.MINUTES);
            // whichever ran second found the model the first selected, or (if it ran first) reported it missing
            assertEquals(EvalStatus.OK, a.status(), a::describeProblems);
            assertTrue(b.status() == EvalStatus.OK || b.describeProblems().contains("model"), b::describeProblems);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertSameRecords(List<ResultRecord> expected, List<ResultRecord> got) {
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            ResultRecord e = expected.get(i);
            ResultRecord g = got.get(i);
            assertEquals(e.itemId() + e.attack(), g.itemId() + g.attack());
            assertEquals(e.flips(), g.flips(), e.itemId());
            for (int j = 0; j < e.adversarial().length; j++) {
                assertEquals(e.adversarial()[j], g.adversarial()[j], 1e-5, e.itemId() + " label " + j);
            }
        }
    }
}
