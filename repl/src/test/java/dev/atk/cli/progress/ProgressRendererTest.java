package dev.atk.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressRendererTest {

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void durations() {
        assertEquals("0:07", Durations.format(7.2));
        assertEquals("12:34", Durations.format(754));
        assertEquals("1:02:03", Durations.format(3723));
        assertEquals("?", Durations.format(Double.NaN));
        assertEquals("52.1/s", Durations.rate(52.08));
        assertEquals("1.25k/s", Durations.rate(1250));
        assertEquals("-/s", Durations.rate(0));
    }

    @Test
    void barLineHasPercentStepsRateAndEta() {
        TaskState t = new TaskState("profile fashion_cnn", 1000);
        t.update(400, 1000, 8.0);       // 50/s, 600 left: 12 s
        String line = BarProgress.line(t, 100);
        assertTrue(line.startsWith("profile fashion_cnn ["), line);
        assertTrue(line.contains(" 40%"), line);
        assertTrue(line.contains("400/1000"), line);
        assertTrue(line.contains("50.0/s"), line);
        assertTrue(line.endsWith("ETA 0:12"), line);
        assertTrue(line.length() <= 100, line);
    }

    @Test
    void barLineFitsNarrowTerminals() {
        TaskState t = new TaskState("slam(q=0.5) x7 budgets on a rather long label that goes on", 1000);
        t.update(10, 1000, 1.0);
        for (int columns : new int[] {40, 50, 79}) {
            String line = BarProgress.line(t, columns);
            assertTrue(line.length() <= columns, () -> columns + ": " + line);
            assertTrue(line.contains("ETA"), line);
        }
    }

    @Test
    void unknownTotalShowsStepsOnly() {
        TaskState t = new TaskState("correlations", 0);
        t.update(12, 0, 2.0);
        String line = BarProgress.line(t, 80);
        assertTrue(line.contains("?%") && line.contains(" 12 ") && line.contains("ETA ?"), line);
    }

    @Test
    void barRedrawsInPlaceAndClearsBeforeScriptOutput() {
        long[] now = {0};
        BarProgress bar = new BarProgress(err, () -> 80, () -> now[0]);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        PrintStream out = bar.guard(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        bar.started("attack", 100);
        now[0] += 200_000_000L;
        bar.advanced("attack", 50, 100, 1.0);
        assertTrue(err().contains("\r") && err().contains(" 50%"), err());
        int before = err().length();
        out.println("| table |");
        assertTrue(err().substring(before).contains("\r\033[K"), "the bar is cleared before output");
        assertEquals("| table |\n", outBytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        before = err().length();
        out.println("more");
        assertEquals(before, err().length(), "a cleared bar is not cleared twice");
    }

    @Test
    void barThrottlesRedraws() {
        long[] now = {0};
        BarProgress bar = new BarProgress(err, () -> 80, () -> now[0]);
        bar.started("attack", 1000);
        int afterStart = err().length();
        for (int i = 1; i < 50; i++) {
            now[0] += 1_000_000L;                     // 1 ms apart: no redraw
            bar.advanced("attack", i, 1000, i / 1000.0);
        }
        assertEquals(afterStart, err().length());
        now[0] += 200_000_000L;
        bar.advanced("attack", 60, 1000, 0.3);
        assertTrue(err().length() > afterStart);
    }

    @Test
    void finishedLongTaskLeavesASummaryLine() {
        BarProgress bar = new BarProgress(err, () -> 80, () -> 0);
        bar.started("profile m", 10);
        bar.advanced("profile m", 10, 10, 31.0);
        bar.finished("profile m", 31.0);
        assertTrue(err().endsWith("profile m: done in 0:31, 10 steps, 0.32/s\n"), err());
    }

    @Test
    void plainPrintsPeriodicWholeLines() {
        PlainProgress plain = new PlainProgress(err, 5.0);
        plain.started("profile fashion_cnn", 1000);
        plain.advanced("profile fashion_cnn", 100, 1000, 2.0);     // too early
        assertEquals("", err());
        plain.advanced("profile fashion_cnn", 400, 1000, 8.0);
        assertEquals("profile fashion_cnn: 40% ETA 0:12\n", err().replace("\r\n", "\n"));
        plain.advanced("profile fashion_cnn", 500, 1000, 10.0);    // 2 s after the last line
        assertEquals(1, err().lines().count());
        plain.finished("profile fashion_cnn", 20.0);
        assertTrue(err().endsWith("profile fashion_cnn: done in 0:20\n"), err());
        assertFalse(err().contains("\r") && !err().contains("\r\n"), "no carriage returns in plain mode");
    }

    @Test
    void notesArePrintedAsLines() {
        PlainProgress plain = new PlainProgress(err, 5.0);
        plain.note("profile fashion_cnn: cached");
        assertEquals("profile fashion_cnn: cached\n", err().replace("\r\n", "\n"));
    }
}
