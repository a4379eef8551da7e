package dev.atk.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atk.cli.BundledModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real REPL on a real terminal (tmux): what a user types and sees. */
class ReplTmuxTest {
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed");
    }

    static Path home() {
        return BundledModel.home();
    }

    /** The screen's lines after the last line that shows {@code input} after a prompt. */
    static List<String> after(String screen, String input) {
        List<String> lines = screen.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(input) && (lines.get(i).startsWith(Repl.PROMPT)
                    || lines.get(i).startsWith(Repl.CONTINUATION))) {
                at = i;
            }
        }
        return at < 0 ? List.of() : lines.subList(at + 1, lines.size());
    }

    /** True when the output of {@code input} is complete: a fresh empty prompt follows it. */
    static boolean answered(String screen, String input) {
        List<String> rest = after(screen, input);
        return !rest.isEmpty() && rest.get(rest.size() - 1).equals(Repl.PROMPT.strip());
    }

    private static boolean anyMatch(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        return lines.stream().anyMatch(l -> p.matcher(l).matches());
    }

    private Tmux start() throws Exception {
        Path history = dir.resolve("history");
        Tmux tmux = new Tmux(Tmux.launcher(dir, home(), history, "repl", "--out",
                "'" + dir.resolve("results") + "'"));
        try {
            tmux.await("the prompt", START, s -> s.lines().anyMatch(l -> l.equals(Repl.PROMPT.strip())));
            return tmux;
        } catch (Throwable e) {
            tmux.close();
            throw e;
        }
    }

    @Test
    void transcript() throws Exception {
        try (Tmux tmux = start()) {
            // A statement and its value.
            tmux.line("print 1 + 2");
            String screen = tmux.await("print's output", STEP, s -> answered(s, "print 1 + 2"));
            assertTrue(anyMatch(after(screen, "print 1 + 2"), "3(\\.0)?"), screen);

            // A statement over two lines: the continuation prompt, then one result.
            tmux.line("print [1,");
            tmux.await("the continuation prompt", STEP, s -> s.lines().anyMatch(l -> l.equals("...>")));
            tmux.line("2]");
            screen = tmux.await("the list", STEP, s -> answered(s, "...> 2]"));
            assertTrue(anyMatch(after(screen, "...> 2]"), "\\[1(\\.0)?, 2(\\.0)?]"), screen);

            // Ctrl-U in a continued statement discards all of it, not only the current line: nothing of it is
            // joined to what is typed next.
            tmux.line("let forgotten = [100,");
            tmux.await("the continuation prompt", STEP, s -> s.lines().reduce((a, b) -> b).orElse("").equals("...>"));
            tmux.type("200");
            tmux.keys("C-u");
            tmux.await("an empty statement", STEP, s -> s.lines().reduce((a, b) -> b).orElse("").equals("atk>"));
            tmux.line("print 31 + 1");
            screen = tmux.await("the next statement alone", STEP, s -> answered(s, "print 31 + 1"));
            assertTrue(anyMatch(after(screen, "print 31 + 1"), "32(\\.0)?"), screen);
            assertFalse(screen.contains("forgotten = [100,\n"), screen);

            // State carries over between statements.
            tmux.line("let answer = 6 * 7");
            tmux.await("let", STEP, s -> answered(s, "let answer = 6 * 7"));
            tmux.line("print answer");
            screen = tmux.await("the bound value", STEP, s -> answered(s, "print answer"));
            assertTrue(anyMatch(after(screen, "print answer"), "42(\\.0)?"), screen);

            // Tab completes an attack name.
            tmux.type("run sla");
            tmux.keys("Tab");
            tmux.await("completion of sla", STEP, s -> s.lines().anyMatch(l -> l.startsWith("atk> run slam")));
            tmux.keys("C-u");

            // Ctrl-C at the prompt drops the line and keeps the REPL.
            tmux.type("print 999");
            tmux.await("the typed line", STEP, s -> s.lines().anyMatch(l -> l.equals("atk> print 999")));
            tmux.keys("C-c");
            tmux.await("a fresh prompt", STEP, s -> s.lines().reduce((a, b) -> b).orElse("").equals("atk>"));
            tmux.line("print 5");
            screen = tmux.await("print 5", STEP, s -> answered(s, "print 5"));
            assertTrue(anyMatch(after(screen, "print 5"), "5(\\.0)?"), screen);
            assertFalse(screen.lines().anyMatch(l -> l.matches("999(\\.0)?")), screen);

            // Help.
            tmux.line(":help");
            screen = tmux.await(":help", STEP, s -> answered(s, ":help"));
            assertTrue(after(screen, ":help").contains("Commands:"), screen);
            tmux.line(":help settings");
            screen = tmux.await(":help settings", STEP, s -> answered(s, ":help settings"));
            assertTrue(String.join("\n", after(screen, ":help settings")).contains("threshold"), screen);

            // A mistake: a rendered diagnostic with a caret, and the REPL goes on.
            tmux.line("run slamm()");
            screen = tmux.await("the diagnostic", STEP, s -> answered(s, "run slamm()"));
            List<String> diagnostic = after(screen, "run slamm()");
            assertTrue(anyMatch(diagnostic, ".*:1:5: .*slamm.*"), screen);
            assertTrue(anyMatch(diagnostic, "\\s*\\|\\s+\\^+\\s*"), screen);
            assertFalse(screen.contains("Exception"), screen);

            // :explain shows the plan of the last statement; :load runs a file; :models lists models.
            tmux.line("print answer + 1");
            tmux.await("print answer + 1", STEP, s -> answered(s, "print answer + 1"));
            tmux.line(":explain");
            screen = tmux.await(":explain", STEP, s -> answered(s, ":explain"));
            assertTrue(String.join("\n", after(screen, ":explain")).toLowerCase().contains("plan"), screen);
            Path script = Files.writeString(dir.resolve("more.atk"), "let z = 5\nprint z + answer\n");
            tmux.line(":load " + script);
            screen = tmux.await(":load", STEP, s -> answered(s, ":load " + script));
            assertTrue(anyMatch(after(screen, ":load " + script), "47(\\.0)?"), screen);
            tmux.line(":models");
            screen = tmux.await(":models", STEP, s -> answered(s, ":models"));
            assertTrue(after(screen, ":models").contains("Models:"), screen);
            tmux.line(":reset");
            screen = tmux.await(":reset", STEP, s -> answered(s, ":reset"));
            assertTrue(after(screen, ":reset").contains("session reset"), screen);
            // a line not typed before: the earlier `print answer` and its prompt must not answer for this one
            tmux.line("print (answer)");
            screen = tmux.await("an unknown name after :reset", STEP, s -> answered(s, "print (answer)"));
            assertTrue(anyMatch(after(screen, "print (answer)"), ".*answer.*"), screen);
            assertFalse(anyMatch(after(screen, "print (answer)"), "42(\\.0)?"), screen);

            tmux.line(":nonsense");
            screen = tmux.await("unknown command", STEP, s -> answered(s, ":nonsense"));
            assertTrue(String.join("\n", after(screen, ":nonsense")).contains("unknown command"), screen);

            // :quit leaves with status 0 and the history is saved.
            tmux.line(":quit");
            tmux.awaitExit(STEP);
            assertEquals(0, tmux.exitStatus());
        }
        String history = Files.readString(dir.resolve("history"));
        assertTrue(history.contains("print 1 + 2"), history);
        assertTrue(history.contains("print answer"), history);
    }

    /**
     * Bad model configs and a model the pre-flight checks refuse: each is one positioned message, and the REPL goes on
     * (the "none crashes the REPL").
     */
    @Test
    void badModelsAreMessagesAndTheReplGoesOn() throws Exception {
        Files.writeString(dir.resolve("nolabels.json"), "{\"name\": \"nolabels\", \"format\": \"torchscript\", "
                + "\"weights\": \"x.pt\", \"input\": {\"channels\": 1, \"height\": 56, \"width\": 56, \"min\": 0, "
                + "\"max\": 1}, \"output\": \"logits\", \"threshold\": 0.5}");
        Files.copy(Path.of("../stdlib/src/test/resources/preflight/probabilities.pt").toAbsolutePath(),
                dir.resolve("probabilities.pt"));
        StringBuilder labels = new StringBuilder();
        for (int j = 0; j < 40; j++) {
            labels.append(j == 0 ? "" : ", ").append("\"l").append(j).append('"');
        }
        Files.writeString(dir.resolve("probabilities.json"), "{\"name\": \"probabilities\", \"format\": "
                + "\"torchscript\", \"weights\": \"probabilities.pt\", \"labels\": [" + labels + "], \"input\": "
                + "{\"channels\": 1, \"height\": 56, \"width\": 56, \"min\": 0, \"max\": 1}, \"output\": \"logits\", "
                + "\"threshold\": 0.5}");
        try (Tmux tmux = start()) {
            String screen = "";
            for (String model : List.of("nolabels", "probabilities")) {
                for (String line : List.of("model \"" + dir.resolve(model + ".json") + "\"", "data fashion sample 2",
                        "run bce() at eps = 0.01")) {
                    tmux.line(line);
                    screen = tmux.await(line, STEP, s -> answered(s, line));
                }
            }
            assertTrue(anyMatch(screen.lines().toList(), ".*:1:7: .*missing required field 'labels'.*"), screen);
            assertTrue(screen.contains("looks like probabilities"), screen);
            assertTrue(anyMatch(screen.lines().toList(), "\\s*\\|\\s+\\^+\\s*"), screen);
            assertFalse(screen.contains("Exception"), screen);

            tmux.line("print 20 + 22");
            screen = tmux.await("the REPL still answers", STEP, s -> answered(s, "print 20 + 22"));
            assertTrue(anyMatch(after(screen, "print 20 + 22"), "42(\\.0)?"), screen);

            // habits from other REPLs: a bare expression prints, `help` is :help, numbers read as people write them
            tmux.line("linspace(0.01, 0.03, 3)");
            screen = tmux.await("a bare expression", STEP, s -> answered(s, "linspace(0.01, 0.03, 3)"));
            assertTrue(anyMatch(after(screen, "linspace(0.01, 0.03, 3)"), "\\[0\\.01, 0\\.02, 0\\.03\\]"), screen);
            tmux.line("help");
            screen = tmux.await("help", STEP, s -> s.contains("Help topics"));
            assertTrue(screen.contains(":help statements"), screen);
            tmux.line(":quit");
            tmux.awaitExit(STEP);
            assertEquals(0, tmux.exitStatus());
        }
    }

    @Test
    void historyIsReloadedAndCtrlDLeaves() throws Exception {
        Files.writeString(dir.resolve("history"), "1700000000000:print 40 + 2\n");
        try (Tmux tmux = start()) {
            tmux.keys("Up");
            tmux.await("the recalled line", STEP, s -> s.lines().anyMatch(l -> l.equals("atk> print 40 + 2")));
            tmux.keys("Enter");
            String screen = tmux.await("its value", STEP, s -> answered(s, "print 40 + 2"));
            assertTrue(anyMatch(after(screen, "print 40 + 2"), "42(\\.0)?"), screen);
            tmux.keys("C-d");
            tmux.awaitExit(STEP);
            assertEquals(0, tmux.exitStatus());
        }
    }

    @Test
    void ctrlCCancelsARunningStatement() throws Exception {
        String why = BundledModel.whyNotUsable(dir);
        assumeTrue(why == null, why);
        try (Tmux tmux = start()) {
            tmux.line("model fashion_cnn");
            tmux.await("model", START, s -> answered(s, "model fashion_cnn"));
            tmux.line("data fashion split test sample 64");
            tmux.await("data", START, s -> answered(s, "data fashion split test sample 64"));
            String run = "run bce() at eps = 0.5";
            tmux.line(run);
            // Wait until the attack is under way (its progress bar shows), then interrupt it.
            tmux.await("progress", START, s -> after(s, run).stream().anyMatch(l -> l.contains("%")));
            tmux.keys("C-c");
            String screen = tmux.await("cancellation", STEP, s -> answered(s, run));
            assertTrue(after(screen, run).stream().anyMatch(l -> l.startsWith("cancelled")), screen);

            // The REPL is alive and keeps its state.
            tmux.line("print 2 * 3");
            screen = tmux.await("print after cancel", STEP, s -> answered(s, "print 2 * 3"));
            assertTrue(anyMatch(after(screen, "print 2 * 3"), "6(\\.0)?"), screen);
            tmux.line(":quit");
            tmux.awaitExit(STEP);
            assertEquals(0, tmux.exitStatus());
        }
    }
}
