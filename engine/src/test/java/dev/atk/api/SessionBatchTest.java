package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.spi.ProgressListener;
import dev.atk.testing.FakeStdlib;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch an attack runs with: the script's {@code set batch}, else the backend's choice, said when unusual. */
class SessionBatchTest {
    static final String HEAD = """
            model toy_cnn
            data toy split test sample 6 seed 11
            """;

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private EvalResult run(FakeStdlib stdlib, String script) {
        ProgressListener listener = new ProgressListener() {
            @Override
            public void note(String message) {
                notes.add(message);
            }
        };
        try (Session s = Session.builder().baseDir(dir).progress(listener).stdlib(stdlib)
                .resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache")).runName("batch").build()) {
            return s.eval(new Source("b.atk", script));
        }
    }

    @Test
    void withoutSetBatchTheBackendChoosesOncePerModelAndSaysSo() {
        FakeStdlib fake = new FakeStdlib();
        fake.chosenBatch = 2;
        EvalResult r = run(fake, HEAD + "run bce() at eps = 0.01\nrun linear() at eps = 0.02\n");
        assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        assertEquals(List.of(2, 2), fake.attackBatches);
        assertEquals(1, notes.stream().filter(n -> n.equals("batch 2 for toy_cnn on fake (chosen)")).count(), notes.toString());
    }

    @Test
    void theUsualSixteenIsNotWorthALine() {
        FakeStdlib fake = new FakeStdlib();
        EvalResult r = run(fake, HEAD + "run bce() at eps = 0.01\n");
        assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        assertEquals(List.of(16), fake.attackBatches);
        assertFalse(notes.stream().anyMatch(n -> n.startsWith("batch ")), notes.toString());
    }

    @Test
    void aSetBatchIsKeptWhateverTheBackendWouldChoose() {
        FakeStdlib fake = new FakeStdlib();
        fake.chosenBatch = 2;
        EvalResult r = run(fake, HEAD + "set batch = 5\nrun bce() at eps = 0.01\n");
        assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        assertEquals(List.of(5), fake.attackBatches);
        assertTrue(notes.stream().noneMatch(n -> n.startsWith("batch ")), notes.toString());
    }
}
