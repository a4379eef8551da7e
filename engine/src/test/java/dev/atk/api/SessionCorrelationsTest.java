package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** correlations(...) and CLASS through the whole pipeline: plan node, cache, attack context, checker. */
class SessionCorrelationsTest {
    static final String HEAD = """
            model toy_cnn
            data toy split test sample 6 seed 11
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Session session(FakeStdlib stdlib) {
        return Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8)).stdlib(stdlib)
                .resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache")).runName("corr").build();
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void classWithGammaGetsTheMatrixAndGammaZeroDoesNot() {
        FakeStdlib fake = new FakeStdlib();
        try (Session s = session(fake)) {
            EvalResult r = s.eval(new Source("c.atk", HEAD + "run class(gamma=0.5), class(gamma=0) at eps = 0.02\n"));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        assertEquals(1, fake.correlationCalls);
        assertEquals(List.of(true, false), fake.attacksWithCorrelations);
    }

    @Test
    void theMatrixIsComputedOnceAndCachedOnDiskAcrossSessions() {
        String script = HEAD + "set correlation_eps = 0.01\nrun class(gamma=1) at eps = 0.02\nprint correlations(eps=0.01)\n";
        FakeStdlib first = new FakeStdlib();
        try (Session s = session(first)) {
            assertTrue(s.explain(new Source("c.atk", script)).contains("cache miss (computed by this run, then cached as "
                    + "correlations-"), "explain says what a run will compute");
            EvalResult r = s.eval(new Source("c.atk", script));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        assertEquals(1, first.correlationCalls, "the explicit call and CLASS's share one node");
        FakeStdlib second = new FakeStdlib();
        try (Session s = session(second)) {
            assertEquals(EvalStatus.OK, s.eval(new Source("c.atk", script)).status());
            String explained = s.explain(new Source("c.atk", script));
            assertTrue(explained.contains("Correlations"), "explain names the node");
            assertTrue(explained.contains("== caches ==") && explained.contains("cache hit correlations-"), explained);
        }
        assertEquals(0, second.correlationCalls);
        assertTrue(text().contains("correlations flip-up 4×4, eps 0.01, 20 images per label: diagonal mean 0.9000"),
                text());
    }

    @Test
    void membersAreAvailableAfterTheMatrixIsComputed() {
        try (Session s = session(new FakeStdlib())) {
            EvalResult r = s.eval(new Source("c.atk", HEAD + """
                    let c = correlations(eps=0.003, samples=2)
                    print c.diagonal_mean
                    print correlations(eps=0.003, samples=2, direction=down).labels
                    print len(c.normalized)
                    """));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        assertTrue(text().contains("0.9\n4\n4\n"), text());
    }

    @Test
    void attackabilityIsAnAnalysisWithFrequenciesFromTheData() {
        FakeStdlib fake = new FakeStdlib();
        try (Session s = session(fake)) {
            EvalResult r = s.eval(new Source("a.atk", HEAD + """
                    let a = attackability(eps=0.004, samples=5)
                    print a
                    print a.attempts
                    print a.spearman_confidence
                    """));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        assertTrue(text().contains("attackability flip-down, eps 0.004"), text());
        assertTrue(text().contains("vs frequency in toy/test (20 items)"), text());
        // the fake flips attempts/(l+1) of label l and gives it confidence 0.9 − 0.1·l: both fall with l
        assertTrue(text().contains("\n1\n"), text());
    }

    @Test
    void mistakesArePositioned() {
        try (Session s = session(new FakeStdlib())) {
            EvalResult r = s.eval(new Source("c.atk", "print correlations(eps=0.01)\n" + HEAD
                    + "print correlations(eps=-1, direction=sideways, sampels=3)\nprint correlations().diagonal_men\n"));
            String problems = r.describeProblems();
            assertEquals(EvalStatus.SCRIPT_ERROR, r.status(), problems);
            assertTrue(problems.contains("c.atk:1:7") && problems.contains("needs a model and data"), problems);
            assertTrue(problems.contains("c.atk:4:24"), problems); // eps out of range
            assertTrue(problems.contains("c.atk:4:38"), problems); // direction
            assertTrue(problems.contains("did you mean 'samples'"), problems);
            assertTrue(problems.contains("c.atk:5:22") && problems.contains("did you mean 'diagonal_mean'"), problems);
        }
    }
}
