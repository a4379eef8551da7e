package dev.atk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line parsing and usage errors: none of these needs the engine to evaluate anything. */
class MainUsageTest {

    @TempDir
    Path dir;

    @Test
    void versionPrintsNameAndVersion() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("atk "), r::toString);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.code(), r::toString);
        for (String command : new String[] {"run", "check", "repl", "models", "attacks"}) {
            assertTrue(r.out().contains("  " + command + " "), () -> command + " missing\n" + r);
        }
        assertTrue(r.out().contains("65 script error"), r::toString);
    }

    @Test
    void runHelpShowsItsOptions() {
        CliRunner r = CliRunner.run("run", "--help");
        assertEquals(0, r.code(), r::toString);
        for (String option : new String[] {"--explain", "--resume", "--out", "--seed", "--device"}) {
            assertTrue(r.out().contains(option), () -> option + " missing\n" + r);
        }
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        CliRunner r = CliRunner.run("run", dir.resolve("nope.atk").toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("no such file") && r.err().contains("nope.atk"), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }

    @Test
    void checkOfMissingFileIsExitTwo() {
        CliRunner r = CliRunner.run("check", dir.resolve("nope.atk").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }

    @Test
    void aDirectoryIsNotAScript() {
        CliRunner r = CliRunner.run("run", dir.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("directory"), r::toString);
    }

    @Test
    void bareScriptNameMeansRun() {
        CliRunner r = CliRunner.run(dir.resolve("nope.atk").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no such file"), r::toString);
    }

    @Test
    void runWithoutFileIsUsageError() {
        CliRunner r = CliRunner.run("run");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("FILE"), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }

    @Test
    void badDeviceIsUsageError() throws IOException {
        Path script = Files.writeString(dir.resolve("s.atk"), "print 1\n");
        CliRunner r = CliRunner.run("run", script.toString(), "--device", "tpu");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--device") && r.err().contains("tpu"), r::toString);
    }

    @Test
    void badSeedIsUsageError() throws IOException {
        Path script = Files.writeString(dir.resolve("s.atk"), "print 1\n");
        CliRunner r = CliRunner.run("run", script.toString(), "--seed", "abc");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.hasNoTrace(), r::toString);
    }

    @Test
    void unknownCommandIsUsageError() {
        CliRunner r = CliRunner.run("frobnicate");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("unknown command or file 'frobnicate'"), r::toString);
    }

    @Test
    void unknownOptionIsUsageError() {
        CliRunner r = CliRunner.run("check", "--frob", "x.atk");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--frob"), r::toString);
    }

    @Test
    void gpuNParsesAndAMalformedNumberIsAUsageError() {
        CliRunner ok = CliRunner.run("run", dir.resolve("nope.atk").toString(), "--device", "gpu:1");
        assertEquals(2, ok.code(), ok::toString);
        assertTrue(ok.err().contains("no such file"), ok::toString);     // the option parsed; the file is missing
        CliRunner bad = CliRunner.run("run", dir.resolve("nope.atk").toString(), "--device", "gpu:one");
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().contains("'gpu:one' is not a device; use one of auto, cpu, gpu, gpu:N"), bad::toString);
        assertTrue(bad.hasNoTrace(), bad::toString);
    }

    @Test
    void deviceIsCaseInsensitive() {
        CliRunner r = CliRunner.run("run", dir.resolve("nope.atk").toString(), "--device", "CPU");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no such file"), r::toString);    // the option parsed; the file is missing
    }

    @Test
    void noArgumentsMeansRepl() {
        assertArrayEquals(new String[] {"repl"}, Main.normalize(new String[0]));
        assertArrayEquals(new String[] {"run", "a.atk", "--seed", "3"},
                Main.normalize(new String[] {"a.atk", "--seed", "3"}));
        assertArrayEquals(new String[] {"check", "a.atk"}, Main.normalize(new String[] {"check", "a.atk"}));
        assertArrayEquals(new String[] {"--version"}, Main.normalize(new String[] {"--version"}));
    }

    @Test
    void internalErrorIsOneLineWithoutTrace() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = Main.internalError(new IllegalStateException("boom\nsecond line"), err);
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(text.startsWith("internal error: IllegalStateException: boom"), text);
        if (!Main.debug()) {
            assertEquals(1, text.lines().count(), text);
        }
    }
}
