package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.spi.ProgressListener;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data selection that cannot give what the script asked for says so, positioned at the data statement. */
class SampleSizeTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private EvalResult eval(String script) {
        ProgressListener listener = new ProgressListener() {
            @Override
            public void note(String message) {
                notes.add(message);
            }
        };
        try (Session s = Session.builder().baseDir(dir).out(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).stdlib(new FakeStdlib()).progress(listener).resultsDir(dir.resolve("r"))
                .cacheDir(dir.resolve("c")).runName("s").build()) {
            return s.eval(new Source("s.atk", script));
        }
    }

    @Test
    void aSampleLargerThanTheSplitWarnsAndUsesEveryItem() {
        EvalResult r = eval("model toy_cnn\ndata toy split test sample 5000 seed 11\nrun bce() at eps = 0.01\n");
        assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        assertEquals(20, r.recordsWritten());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("s.atk:2:1: warning: sample 5000: toy/test has only 20 items")),
                notes::toString);
    }

    @Test
    void aConditionNoItemMeetsIsAPositionedErrorNotASilentSuccess() {
        EvalResult r = eval("model toy_cnn\ndata toy split test where positives > 1000\nrun bce() at eps = 0.01\n");
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r.describeProblems());
        assertTrue(r.describeProblems().contains("s.atk:2:1: no item of toy/test where positives > 1000 to attack"),
                r.describeProblems());
    }
}
