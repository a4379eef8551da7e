package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} across REPL entries: a result set named by one entry is a result set for the next one's report. */
class SessionReportTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Session session() {
        return Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"))
                .runName("report").build();
    }

    @Test
    void aSetNamedByAnEarlierEntryIsReportedByALaterOne() {
        try (Session s = session()) {
            EvalResult first = s.eval(new Source("1", "model toy_cnn; data toy split test sample 4 seed 1\n"
                    + "run bce() at eps = 0.01 into base"));
            assertEquals(EvalStatus.OK, first.status(), first.describeProblems());
            EvalResult flips = s.eval(new Source("2", "report base"));
            assertEquals(EvalStatus.OK, flips.status(), flips.describeProblems());
            EvalResult l2 = s.eval(new Source("3", "report base.l2 as csv"));
            assertEquals(EvalStatus.OK, l2.status(), l2.describeProblems());
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("bce()"), text);
        }
    }
}
