package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every shipped example ({@code examples/*.atk}, {@code examples/statements/*.atk}) on the real stdlib and the
 * bundled model, and every malformed script of the corpus, checking their {@code // expect} comments.
 * Profiles are cached under target/, so the suite computes each profile once.
 */
class ExampleScriptsTest {
    static final Path EXAMPLES = Path.of("").toAbsolutePath();
    static final Path CACHE = EXAMPLES.resolve("target/atk-cache");
    static final Path RESULTS = EXAMPLES.resolve("target/atk-results");

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<Path> scripts;
        try (Stream<Path> top = Files.list(EXAMPLES); Stream<Path> statements = Files.list(EXAMPLES.resolve("statements"))) {
            scripts = Stream.concat(top, statements).filter(p -> p.toString().endsWith(".atk")).sorted().toList();
        }
        assertTrue(scripts.size() >= 10, "expected the quickstart, the one-liner and one example per statement kind");
        return scripts.stream().map(p -> DynamicTest.dynamicTest(EXAMPLES.relativize(p).toString(), () -> check(p)));
    }

    /**
     * The reproduction study (examples/paper) and the beyond-the-paper tuning and confirmation (examples/beyond) take
     * hours on 2 cores, so the suite does not run them; it checks every script instead, so a language change cannot
     * silently break the study (docs/reproduction.md and docs/beyond.md say how to run them).
     */
    @TestFactory
    Stream<DynamicTest> studyScriptsCheckClean() throws IOException {
        List<Path> scripts = new java.util.ArrayList<>();
        for (String study : List.of("paper", "beyond")) {
            try (Stream<Path> s = Files.list(EXAMPLES.resolve(study))) {
                scripts.addAll(s.filter(p -> p.toString().endsWith(".atk")).sorted().toList());
            }
        }
        assertTrue(scripts.size() >= 5, "the study has a script per bundled model, the confirmation one per model");
        return scripts.stream().map(p -> DynamicTest.dynamicTest(EXAMPLES.relativize(p).toString(), () -> {
            try (Session session = Session.builder().baseDir(p.getParent()).cacheDir(CACHE).resultsDir(RESULTS).build()) {
                List<dev.atk.diag.Diagnostic> problems = session.check(new Source(p.getFileName().toString(),
                        Files.readString(p)));
                assertTrue(problems.isEmpty(), problems.stream().map(dev.atk.diag.Diagnostic::render).toList().toString());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedScriptsArePositionedErrors() throws IOException {
        Path dir = Path.of("src/test/resources/malformed");
        List<Path> scripts;
        try (Stream<Path> s = Files.list(dir)) {
            scripts = s.filter(p -> p.toString().endsWith(".atk")).sorted().toList();
        }
        assertTrue(scripts.size() >= 30, "the corpus has " + scripts.size() + " scripts; the bar is 30");
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ScriptExpectations e = ScriptExpectations.of(Files.readString(p));
            assertTrue(e.expectsErrors(), p + " has no // expect error comment");
            check(p);
        }));
    }

    /**
     * Bad model configs and models the pre-flight checks refuse (the configs and modules under bad-models/): each is
     * one runtime error positioned at the statement that met it.
     */
    @TestFactory
    Stream<DynamicTest> badModelsArePositionedRuntimeErrors() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/bad-models"))) {
            scripts = s.filter(p -> p.toString().endsWith(".atk")).sorted().toList();
        }
        assertTrue(scripts.size() >= 5, "missing field, wrong type, not TorchScript, label count, probabilities");
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static void check(Path script) throws IOException {
        String text = Files.readString(script);
        ScriptExpectations expected = ScriptExpectations.of(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvalResult result;
        try (Session session = Session.builder().baseDir(script.getParent()).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .cacheDir(CACHE).resultsDir(RESULTS).runName(script.getFileName().toString().replace(".atk", "")).build()) {
            result = session.eval(new Source(script.getFileName().toString(), text));
        }
        String output = out.toString(StandardCharsets.UTF_8);
        if (expected.expectsErrors()) {
            // malformed scripts fail the check; bad models fail when they load or meet the data, at run time, and
            // the executor ties the failure to its statement: both reach the user with file:line:col and a caret.
            // What check can know from a config without loading tensors, it finds first ("caught by: check").
            EvalStatus status = script.getParent().getFileName().toString().equals("bad-models")
                    && !text.contains("// caught by: check") ? EvalStatus.RUNTIME_ERROR : EvalStatus.SCRIPT_ERROR;
            assertEquals(status, result.status(), result.describeProblems() + "\noutput:\n" + output);
            for (ScriptExpectations.ExpectedError want : expected.errors()) {
                boolean found = result.diagnostics().stream().anyMatch(d -> d.span().line() == want.line()
                        && d.span().column() == want.column() && d.message().contains(want.message()));
                if (!found) {
                    fail("no diagnostic " + want + "; got:\n" + result.describeProblems());
                }
            }
            for (Diagnostic d : result.diagnostics()) {
                String rendered = d.render();
                assertTrue(rendered.contains("^"), "no caret in\n" + rendered);
                assertFalse(rendered.contains("Exception"), rendered);
            }
            return;
        }
        assertEquals(EvalStatus.OK, result.status(), result.describeProblems() + "\noutput:\n" + output);
        List<String> lines = output.lines().toList();
        int from = 0;
        for (String want : expected.outputs()) {
            int at = -1;
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).contains(want)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                fail("expected a line containing '" + want + "' (after line " + from + ") in:\n" + output);
            }
            from = at; // the next expectation may match later on the same line or below it
        }
    }
}
