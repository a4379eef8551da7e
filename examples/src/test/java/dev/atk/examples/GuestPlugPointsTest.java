package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.result.ResultRecord;
import dev.atk.source.Source;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a script's own function plugs into an attack, through a whole session on the bundled model: a priority
 * function equal to CLASS γ = 0, a custom objective equal to a built-in one, failures positioned at the run and naming
 * the image, digests that follow the code, and a host's Java function in the same places.
 */
class GuestPlugPointsTest {
    static final String HEAD = """
            model fashion_cnn
            data fashion split test sample 4 seed 11
            """;

    @TempDir
    Path dir;

    @Test
    void classWithGammaZeroAsAPriorityFunctionGivesTheSameRecords() {
        List<ResultRecord> records = run(HEAD + """
                let closeness = js("(conf, truth, labels) => conf.map(p => 0.5 - Math.abs(p - 0.5))")
                for eps in profile(0.1..0.2) run class(gamma=0), subset(priority=closeness)
                """, false).records;
        assertSameRecords(records, "class(gamma=0)", "subset(priority=closeness)", 8);
    }

    @Test
    void aCustomObjectiveSpellingOutHideGivesTheSameRecords() {
        List<ResultRecord> records = run(HEAD + """
                let hide_shirt = js(\"""(conf, truth, labels) =>
                    labels.map((l, j) => l === "shirt@top_left" ? 0 : (conf[j] > 0.5 ? 1 : 0))\""")
                run bim(objective=hide(labels=["shirt@top_left"])), bim(objective=custom(hide_shirt)) at eps = 0.03
                """, false).records;
        assertSameRecords(records, "bim(objective=hide(labels=[\"shirt@top_left\"]))",
                "bim(objective=custom(hide_shirt))", 4);
        ResultRecord custom = records.stream().filter(r -> r.attack().contains("custom")).findFirst().orElseThrow();
        assertTrue(custom.canonical().contains("custom(f=js:"), custom.canonical());
    }

    @Test
    void aFailingFunctionIsAPositionedErrorNamingTheImageAndTheSessionGoesOn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = session(out, false)) {
            EvalResult failed = s.eval(new Source("fail.atk", HEAD + """
                    let picky = js("(conf, truth, labels) => { if (truth[0] === 0) throw new Error('no label 0'); return conf }")
                    run subset(priority=picky, n=2) at eps = 0.03
                    """));
            assertEquals(EvalStatus.RUNTIME_ERROR, failed.status(), failed.describeProblems());
            Diagnostic d = failed.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            assertEquals(4, d.span().line(), d.render());
            assertTrue(d.message().contains("priority function picky failed: Error: no label 0"), d.message());
            assertTrue(d.message().matches(".*called for image fashion/test/\\d+.*"), d.message());
            EvalResult wrong = s.eval(new Source("wrong.atk", """
                    let short = js("(conf) => [1, 2, 3]")
                    run bce(), mifgsm(objective=custom(short)) at eps = 0.03
                    """));
            assertEquals(EvalStatus.RUNTIME_ERROR, wrong.status(), wrong.describeProblems());
            assertTrue(wrong.describeProblems().contains("objective function short gave a wrong result for image "
                    + "fashion/test/"), wrong.describeProblems());
            assertTrue(wrong.describeProblems().contains("it returned 3 values; it must return 1, 0 or null per label "
                    + "(40)"), wrong.describeProblems());
            EvalResult after = s.eval(new Source("after.atk", "run subset(priority=js(\"(c) => c\"), n=1) at eps = 0.03"));
            assertEquals(EvalStatus.OK, after.status(), after.describeProblems());
        }
    }

    @Test
    void anEditedFunctionReRunsAndARenamedOneResumes() {
        String script = HEAD + "let prio = js(\"(conf) => conf.map(p => -p)\")\nrun subset(priority=prio, n=3) at eps = 0.03\n";
        assertEquals(4, run(script, false).result.recordsWritten());
        EvalResult same = run(script.replace("prio =", "lowest =").replace("priority=prio", "priority=lowest"), true)
                .result;
        assertEquals(0, same.recordsWritten(), "the same code under another name is the same attack");
        assertEquals(4, same.recordsResumed());
        EvalResult edited = run(script.replace("-p", "p"), true).result;
        assertEquals(4, edited.recordsWritten(), "other code is another attack");
    }

    @Test
    void aHostFunctionPlugsInWhereAGuestFunctionDoes() {
        AtomicInteger calls = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = session(out, false)) {
            s.bind("truth_first", "1", args -> {
                calls.incrementAndGet();
                List<?> truth = (List<?>) args.get(1);
                return truth.stream().mapToDouble(t -> (Double) t).toArray();
            });
            EvalResult r = s.eval(new Source("host.atk", HEAD + """
                    for eps in [0.01, 0.03] run mifgsm(targets=subset(priority=truth_first, n=1))
                    print truth_first([0.5], [1], ["a"])
                    """));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            assertEquals(8, s.results().size());
            assertTrue(s.results().get(0).canonical().contains("priority=host:truth_first@1"),
                    s.results().get(0).canonical());
            assertEquals(5, calls.get(), "one call per image for both budgets (one fused trajectory), one print");
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("[1]"), out.toString(StandardCharsets.UTF_8));
        }
    }

    /** Records of {@code a} and {@code b} pair by image and budget with equal flips and confidences. */
    private static void assertSameRecords(List<ResultRecord> records, String a, String b, int expected) {
        Map<String, ResultRecord> first = new HashMap<>();
        for (ResultRecord r : records) {
            if (r.attack().equals(a)) {
                first.put(r.itemId() + "@" + r.budget(), r);
            }
        }
        int compared = 0;
        for (ResultRecord r : records) {
            if (!r.attack().equals(b)) {
                continue;
            }
            ResultRecord twin = first.get(r.itemId() + "@" + r.budget());
            assertEquals(twin.flips(), r.flips(), r.itemId());
            assertArrayEquals(twin.adversarial(), r.adversarial(), r.itemId());
            assertArrayEquals(twin.target(), r.target(), r.itemId());
            compared++;
        }
        assertEquals(expected, compared, "records of " + b + " paired with " + a + " in " + records.stream()
                .map(ResultRecord::attack).distinct().toList());
    }

    private record Run(EvalResult result, List<ResultRecord> records) {}

    private Run run(String script, boolean resume) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = session(out, resume)) {
            EvalResult r = s.eval(new Source("plug.atk", script));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
            return new Run(r, s.results());
        }
    }

    private Session session(ByteArrayOutputStream out, boolean resume) {
        return Session.builder().baseDir(dir).resume(resume).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .cacheDir(ExampleScriptsTest.CACHE).resultsDir(dir.resolve("results")).runName("plug").build();
    }
}
