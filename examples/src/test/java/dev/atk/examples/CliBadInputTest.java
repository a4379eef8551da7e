package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the real command line: every malformed script exits 65 with positioned diagnostics and no
 * stack trace; a missing or corrupt weights file and a missing data folder give one clear line and exit 1.
 */
class CliBadInputTest {
    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {}

    static Outcome atk(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread") || text.matches("(?s).*\\w+Exception: .*"),
                "a stack trace or exception name leaked:\n" + text);
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedScriptExits65() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/malformed"))) {
            scripts = s.filter(p -> p.toString().endsWith(".atk")).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Outcome o = atk("check", p.toString());
            assertEquals(65, o.exit, o.err);
            assertTrue(o.err.matches("(?s).*" + java.util.regex.Pattern.quote(p.getFileName().toString()) + ":\\d+:\\d+: .*"), o.err);
            assertTrue(o.err.contains("^"), o.err);
            assertNoStackTrace(o.err + o.out);
            Outcome run = atk("run", p.toString(), "--out", dir.toString());
            assertEquals(65, run.exit, run.err);
        }));
    }

    @Test
    void missingWeightsFileIsOneCheckError() throws IOException {
        String config = Files.readString(Path.of(System.getProperty("atk.home"), "models/fashion_cnn.json"))
                .replace("fashion_cnn/fashion_cnn-0000.params", "nowhere/missing.params");
        Files.writeString(dir.resolve("broken.json"), config);
        Files.writeString(dir.resolve("s.atk"), "model \"broken.json\"\ndata fashion sample 2\nrun bce() at eps = 0.001\n");
        Outcome o = atk("run", dir.resolve("s.atk").toString(), "--out", dir.toString());
        assertEquals(65, o.exit, o.err); // check reads the config and finds no weights: nothing loads, nothing runs
        assertOneLine(o.err, "missing.params");
        Outcome checked = atk("check", dir.resolve("s.atk").toString());
        assertEquals(65, checked.exit, checked.err);
        assertOneLine(checked.err, "missing.params");
    }

    @Test
    void corruptWeightsFileIsOneLine() throws IOException {
        String config = Files.readString(Path.of(System.getProperty("atk.home"), "models/fashion_cnn.json"))
                .replace("fashion_cnn/fashion_cnn-0000.params", "corrupt.params");
        Files.writeString(dir.resolve("corrupt.json"), config);
        Files.write(dir.resolve("corrupt.params"), "this is not a DJL parameter file".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("s.atk"), "model \"corrupt.json\"\ndata fashion sample 2\nrun bce() at eps = 0.001\n");
        Outcome o = atk("run", dir.resolve("s.atk").toString(), "--out", dir.toString());
        assertEquals(1, o.exit, o.err);
        assertOneLine(o.err, "corrupt.params");
    }

    @Test
    void missingDataFolderIsOneLine() throws IOException {
        Files.writeString(dir.resolve("s.atk"), "model fashion_cnn\ndata fashion at \"no/such/folder\" split test sample 2\n"
                + "run bce() at eps = 0.001\n");
        Outcome o = atk("run", dir.resolve("s.atk").toString(), "--out", dir.toString());
        assertEquals(1, o.exit, o.err);
        assertOneLine(o.err, "no/such/folder");
    }

    /** One message, at the statement that failed: {@code s.atk:L:C: …}, the line, a caret; no stack trace. */
    private static void assertOneLine(String err, String mentions) {
        List<String> lines = err.lines().filter(l -> l.matches("(error: |\\S*s\\.atk:\\d+:\\d+: ).*")).toList();
        assertEquals(1, lines.size(), "expected one error line in:\n" + err);
        assertTrue(lines.get(0).contains(mentions), lines.get(0));
        assertTrue(lines.get(0).matches("\\S*s\\.atk:\\d+:\\d+: .*"), "positioned: " + lines.get(0));
        assertTrue(err.contains("^"), "a caret under the statement:\n" + err);
        assertNoStackTrace(err);
    }

    @TestFactory
    Stream<DynamicTest> everyBadModelExits1WithAPositionedMessage() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/bad-models"))) {
            scripts = s.filter(p -> p.toString().endsWith(".atk")).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Outcome o = atk("run", p.toString(), "--out", dir.toString());
            assertEquals(Files.readString(p).contains("// caught by: check") ? 65 : 1, o.exit, o.err);
            assertTrue(o.err.matches("(?s).*" + java.util.regex.Pattern.quote(p.getFileName().toString())
                    + ":\\d+:\\d+: .*"), o.err);
            assertTrue(o.err.contains("^"), o.err);
            assertNoStackTrace(o.err + o.out);
        }));
    }
}
