package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code at eps = matched(SET)} (van Thiel's Table VII): every image is attacked at the perturbation a minimal attack
 * measured on that same image, and a rerun resumes those records instead of recomputing them.
 */
class MatchedBudgetsTest {
    static final String SCRIPT = """
            model fashion_cnn
            data fashion split test sample 3 seed 11
            set alpha = 1/512
            run ml_cw(max_iter=30), mla_lp(max_iter=1) into related
            run bce() at eps = matched(related) into related
            report related
            """;

    @TempDir
    Path dir;

    @Test
    void eachImageRunsAtItsOwnMeasuredBudgetPerSource() {
        List<ResultRecord> records = run(SCRIPT, false).records;
        Map<String, Double> cw = new HashMap<>();
        Map<String, Double> lp = new HashMap<>();
        int matched = 0;
        for (ResultRecord r : records) {
            if (r.attack().startsWith("ml_cw")) {
                cw.put(r.itemId(), r.linf());
            } else if (r.attack().startsWith("mla_lp")) {
                lp.put(r.itemId(), r.linf());
            }
        }
        for (ResultRecord r : records) {
            if (!r.attack().equals("bce()")) {
                assertFalse(r.isMatched());
                continue;
            }
            matched++;
            assertTrue(r.isMatched());
            Map<String, Double> source = r.budgetLabel().contains("ml_cw") ? cw : lp;
            assertEquals(source.get(r.itemId()), r.budget(), 0, "the image's own measured L∞ is its budget");
            assertTrue(r.linf() <= r.budget() + 1e-9, "within it: " + r.linf() + " > " + r.budget());
        }
        assertEquals(6, matched, "3 images × 2 sources");
        assertEquals(2, records.stream().filter(ResultRecord::isMatched).map(ResultRecord::budgetLabel).distinct()
                .count(), "one column per source");
        Run again = run(SCRIPT, true);
        assertEquals(EvalStatus.OK, again.result.status(), again.result.describeProblems());
        assertEquals(records.size(), again.records.size());
        assertEquals(12, lines(dir.resolve("results").resolve("matched.jsonl")),
                "a rerun with resume computes nothing: 6 minimal and 6 matched records, once");
    }

    @Test
    void anUnknownSetIsACheckError() {
        EvalResult r = run("""
                model fashion_cnn
                data fashion split test sample 2 seed 11
                run bce() at eps = matched(nowhere)
                """, false).result;
        assertEquals(EvalStatus.SCRIPT_ERROR, r.status());
        Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(3, d.span().line());
        assertTrue(d.message().contains("nowhere"), d.message());
    }

    private record Run(EvalResult result, List<ResultRecord> records, String output) {}

    private static long lines(Path file) {
        try (var l = java.nio.file.Files.lines(file)) {
            return l.filter(x -> !x.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Run run(String script, boolean resume) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = Session.builder().baseDir(dir).resume(resume).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .cacheDir(dir.resolve("cache")).resultsDir(dir.resolve("results")).runName("matched").build()) {
            EvalResult r = s.eval(new Source("matched.atk", script));
            return new Run(r, s.results(), out.toString(StandardCharsets.UTF_8));
        }
    }
}
