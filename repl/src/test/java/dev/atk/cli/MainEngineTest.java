package dev.atk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end through the real engine, on scripts that need no model. */
class MainEngineTest {

    @TempDir
    Path dir;

    private Path script(String text) throws IOException {
        return Files.writeString(dir.resolve("s.atk"), text);
    }

    @Test
    void runPrintsToStdoutAndExitsZero() throws IOException {
        CliRunner r = CliRunner.run("run", script("let x = 2\nprint x * 3\n").toString(),
                "--out", dir.resolve("results").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.strip().matches("6(\\.0)?")), r::toString);
    }

    @Test
    void doctorSaysWhatRunsHereAndExitsZeroWhenUsable() {
        CliRunner r = CliRunner.run("doctor");
        assertEquals(0, r.code(), r::toString);
        for (String topic : new String[] {"java", "memory", "djl", "libtorch", "threads", "gpu", "device", "caches",
                "check", "cluster"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(topic + " ")), () -> "no " + topic + " line\n" + r);
        }
        assertTrue(r.out().contains("libtorch   loaded: 2.7.1 from "), r::toString);
        assertTrue(r.out().contains("--device auto picks "), r::toString);
        // this Linux machine lets the batch policy measure a step's peak
        assertTrue(r.out().contains(" free; a batch not set is chosen per model from one measured step"), r::toString);
        // the repl module does not carry Spark: its tests see the optional module absent
        assertTrue(r.out().contains("cluster    atk-cluster not built (optional"), r::toString);
        assertTrue(r.out().strip().endsWith("usable"), r::toString);
    }

    @Test
    void checkOfAGoodScriptIsZero() throws IOException {
        CliRunner r = CliRunner.run("check", script("print 1 + 2\n").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(": ok"), r::toString);
        assertFalse(r.out().lines().anyMatch(l -> l.strip().matches("3(\\.0)?")),
                () -> "check must not run the script\n" + r);
    }

    @Test
    void checkOfABadScriptRendersTheDiagnosticAndExits65() throws IOException {
        CliRunner r = CliRunner.run("check", script("print 1\nrun slamm()\n").toString());
        assertEquals(65, r.code(), r::toString);
        assertTrue(r.err().contains("s.atk:2:5:"), r::toString);
        assertTrue(r.err().contains("slamm"), r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.matches("\\s*\\|\\s*\\^+.*")), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }

    @Test
    void checkTakesManyFilesAndEndsWithOneSummaryLine() throws IOException {
        Path good = Files.writeString(dir.resolve("good.atk"), "print 1 + 2\n");
        Path bad = Files.writeString(dir.resolve("bad.atk"), "print 1\nrun slamm()\nprint nope\n");
        Path alsoGood = Files.writeString(dir.resolve("also.atk"), "let x = 2\n");
        CliRunner r = CliRunner.run("check", good.toString(), bad.toString(), alsoGood.toString());
        assertEquals(65, r.code(), r::toString);
        assertTrue(r.out().contains("good.atk: ok") && r.out().contains("also.atk: ok"), r::toString);
        assertTrue(r.err().contains("bad.atk:2:5:") && r.err().contains("bad.atk:3:7:"), r::toString);
        assertTrue(r.err().strip().endsWith("3 files checked: 2 ok, 1 with problems (4 errors)"), r::toString);

        CliRunner allGood = CliRunner.run("check", good.toString(), alsoGood.toString());
        assertEquals(0, allGood.code(), allGood::toString);
        assertTrue(allGood.out().strip().endsWith("2 files checked: 2 ok, 0 with problems"), allGood::toString);
    }

    @Test
    void checkGoesOnPastAFileItCannotReadAndExitsTwo() throws IOException {
        Path good = Files.writeString(dir.resolve("good.atk"), "print 1\n");
        CliRunner r = CliRunner.run("check", dir.resolve("missing.atk").toString(), good.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no such file") && r.out().contains("good.atk: ok"), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }

    @Test
    void aHundredThousandErrorsPrintFiftyAndACount() throws IOException {
        CliRunner r = CliRunner.run("check", script("print nope\n".repeat(100_000)).toString());
        assertEquals(65, r.code(), r::toString);
        assertTrue(r.err().contains("… 99950 more not shown (99950 of them errors)"), () -> r.err().lines().limit(5).toList().toString());
        assertTrue(r.err().length() < 20_000, () -> "printed " + r.err().length() + " characters");
    }

    @Test
    void runOfABadScriptRunsNothingAndExits65() throws IOException {
        CliRunner r = CliRunner.run("run", script("print 41 + 1\nrun slamm()\n").toString(),
                "--out", dir.resolve("results").toString());
        assertEquals(65, r.code(), r::toString);
        assertFalse(r.out().contains("42"), () -> "a script with errors runs nothing\n" + r);
    }

    @Test
    void explainPrintsThePlanThenRuns() throws IOException {
        CliRunner r = CliRunner.run("run", "--explain", script("print 2 + 2\n").toString(),
                "--out", dir.resolve("results").toString());
        assertEquals(0, r.code(), r::toString);
        String[] lines = r.out().strip().split("\\R");
        assertTrue(lines.length >= 2, () -> "plan and output expected\n" + r);
        assertTrue(lines[lines.length - 1].strip().matches("4(\\.0)?"), r::toString);
    }

    @Test
    void attacksListsSignaturesAndSummaries() {
        CliRunner r = CliRunner.run("attacks");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Attacks:"), r::toString);
        assertTrue(r.out().contains("slam(q=0.5)"), r::toString);
        assertTrue(r.out().contains("bce()"), r::toString);
    }

    @Test
    void modelsListsModelsAndDataSets() {
        CliRunner r = CliRunner.run("models");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Models:"), r::toString);
        assertTrue(r.out().contains("fashion"), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }
}
