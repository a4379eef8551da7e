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
