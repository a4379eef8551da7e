package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report … as images} and {@code report confidences as chart} through the whole pipeline. */
class SessionFiguresTest {
    static final String HEAD = """
            model toy_cnn
            data toy split test sample 6 seed 11
            for eps in [0.01, 0.02] run bce(), linear() into main
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Session session(FakeStdlib stdlib) {
        return Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8)).stdlib(stdlib)
                .resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache")).runName("figures").build();
    }

    private static boolean isPng(Path file) throws Exception {
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 4);
        return head[0] == (byte) 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
    }

    @Test
    void imagesRerunEachAttackOnTheFirstImagesAtItsLargestBudget() throws Exception {
        FakeStdlib fake = new FakeStdlib();
        try (Session s = session(fake)) {
            EvalResult r = s.eval(new Source("f.atk", HEAD + "set report_images = 3\nreport main as images to \"panel.png\"\n"));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("images written to " + dir.resolve("results/panel.png") + " (3 images × 2 attacks)"), text);
        assertTrue(isPng(dir.resolve("results/panel.png")));
        // the run fuses each attack's budgets into one call; the panel re-runs each attack once at ε 0.02
        // (the whole first batch, as the recorded run had it: 6 images, since the default batch is 16)
        assertEquals(java.util.List.of("bce() 2 budgets 6 images", "linear() 2 budgets 6 images", "bce() 1 budgets 6 images",
                "linear() 1 budgets 6 images"), fake.attackLog);
        assertTrue(!text.contains("note:"), "the fake is deterministic, so regenerated flips match the records:\n" + text);
    }

    @Test
    void confidenceHistogramsAreACharAndAMeanInATable() throws Exception {
        try (Session s = session(new FakeStdlib())) {
            EvalResult r = s.eval(new Source("f.atk", HEAD + "report main.confidences as chart to \"conf.png\"\nreport confidences\n"));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(isPng(dir.resolve("results/conf.png")));
        // the fake's clean 0.1 → 0.9 is a flipped negative label: target confidence 0.9 for every record
        assertTrue(text.contains("0.90"), text);
    }

    @Test
    void chartXPutsAnAttackArgumentOnTheAxis() throws Exception {
        String script = HEAD + "for eps in [0.01, 0.02] run slam(q=0.25), slam(q=0.75) into q\n"
                + "set chart_x = \"q\"\nreport q as chart to \"q.png\"\n"
                + "set chart_x = \"gamma\"\nreport q as chart to \"none.png\"\n";
        EvalResult r;
        try (Session s = session(new FakeStdlib())) {
            r = s.eval(new Source("f.atk", script));
        }
        assertTrue(isPng(dir.resolve("results/q.png")));
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), "no attack has a gamma");
        assertTrue(r.describeProblems().contains("chart_x = \"gamma\": no attack in this report has a numeric argument"),
                r.describeProblems());
    }

    /**
     * A setting between profile-budget sweeps starts a new profile node; the optimiser merges identical ones, and
     * the budgets planned against a merged node are rewired with it, so every sweep still resolves.
     */
    @Test
    void profileBudgetsSurviveSettingsBetweenSweeps() {
        String script = """
                model toy_cnn
                data toy split test sample 4 seed 11
                for eps in profile(0.5..1.0) run bce() into a
                set chart_x = "n"
                for eps in profile(0.5..1.0) run linear() into b
                set threshold = 0.6
                set threshold = 0.5
                for eps in profile(0.5..1.0) run slam(q=0.5) into c
                report c
                print profile().eps_max
                let half = profile().eps_max / 2
                print half
                """;
        try (Session s = session(new FakeStdlib())) {
            EvalResult r = s.eval(new Source("f.atk", script));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems() + out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void imagesNeedAFileAndAnalysesAreNotImages() {
        try (Session s = session(new FakeStdlib())) {
            EvalResult r = s.eval(new Source("f.atk", HEAD + "report main as images\nreport profile() as images to \"p.png\"\n"));
            assertEquals(EvalStatus.SCRIPT_ERROR, r.status());
            String problems = r.describeProblems();
            assertTrue(problems.contains("f.atk:4:16") && problems.contains("need `to \"file.png\"`"), problems);
            assertTrue(problems.contains("f.atk:5:"), problems);
        }
    }
}
