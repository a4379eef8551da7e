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

/**
 * The engine embedded without the report module (this module's tests do not see it): scripts run and every record is
 * logged; a {@code report} statement is one positioned runtime error that names the module to add.
 */
class WithoutReportLayerTest {
    @TempDir
    Path dir;

    @Test
    void attacksRunAndLogButAReportNamesTheMissingModule() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"))
                .runName("bare").build()) {
            EvalResult run = s.eval(new Source("bare.atk", "model toy_cnn\ndata toy split test sample 4 seed 11\n"
                    + "run bce() at eps = 0.01\n"));
            assertEquals(EvalStatus.OK, run.status(), run.describeProblems());
            assertEquals(4, run.recordsWritten(), "every record is logged without a report layer");
            EvalResult report = s.eval(new Source("report.atk", "report flips\n"));
            assertEquals(EvalStatus.RUNTIME_ERROR, report.status());
            assertTrue(report.describeProblems().contains("dev.atk:atk-report"), report.describeProblems());
            assertTrue(report.diagnostics().stream().anyMatch(d -> d.span().line() == 1), "positioned at the report");
        }
    }
}
