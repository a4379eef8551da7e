package dev.atk.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guest code that reaches for what the sandbox forbids, through a whole session as a user writes it: each attempt is
 * a positioned error at the call, the JVM and the session survive it, and the next statement runs.
 */
class SandboxEscapeTest {
    @TempDir
    static Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Session session;

    @BeforeEach
    void open() {
        session = Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdlib(new FakeStdlib()).resultsDir(dir.resolve("results")).cacheDir(dir.resolve("cache"))
                .runName("guest").build();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // host classes and the JVM
        "(x) => Java.type(\"java.lang.System\").exit(3)",
        "(x) => java.lang.System.exit(3)",
        "(x) => Packages.java.lang.Runtime.getRuntime().exec(\"touch " + "PWNED\")",
        "(x) => Java.from([1])",
        "(x) => eval(\"Java.type('java.io.File')\")",
        "(x) => new Function(\"return Java\")().type(\"java.io.File\")",
        // files, modules, other languages, the network
        "(x) => load(\"/etc/passwd\")",
        "(x) => require(\"fs\").readFileSync(\"/etc/passwd\")",
        "(x) => read(\"/etc/passwd\")",
        "(x) => readFile(\"/etc/passwd\")",
        "(x) => Polyglot.eval(\"python\", \"1\")",
        "(x) => Polyglot.import(\"secret\")",
        "(x) => fetch(\"http://192.0.2.1/\")",
        "(x) => new XMLHttpRequest()",
        "(x) => import(\"fs\")",
        // processes, threads, leaving
        "(x) => quit()",
        "(x) => new Worker(\"w.js\")",
        "(x) => this.constructor.constructor(\"return process\")().exit(1)",
        // runaway work
        "(x) => { while (true) {} }",
        "(x) => { for (;;) { Math.random(); } }",
        "(x) => { const g = (n) => g(n + 1) + 1; return g(0); }",
        "(x) => new Array(1e9).fill(0).length",
        "(x) => { let s = []; for (;;) { s.push(new Float64Array(1 << 20)); } }",
        // state that would leak into the next call
        "(x) => { Object.prototype.polluted = 1; return 1; }",
        "(x) => { Array.prototype.map = () => [666]; return 1; }",
        "(x) => { globalThis.leak = 1; return 1; }",
        "(x) => { Object.defineProperty(Object.prototype, \"toString\", {value: () => \"owned\"}); return 1; }",
    })
    void everyEscapeIsAPositionedErrorAndTheSessionGoesOn(String code) throws Exception {
        EvalResult r = session.eval(new Source("g.atk", "let f = js(\"\"\"" + code + "\"\"\")\nprint f([0.2, 0.9])\n"));
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), () -> "not refused: " + r.describeProblems() + out);
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), r.describeProblems());
        assertEquals(2, errors.get(0).span().line(), r.describeProblems());
        assertTrue(errors.get(0).message().startsWith("f "), errors.get(0).message());
        assertFalse(Files.exists(Path.of("PWNED")), "a process ran");

        EvalResult next = session.eval(new Source("h.atk", "print 20 + 22\n"));
        assertEquals(EvalStatus.OK, next.status(), next::describeProblems);
        assertTrue(out.toString(StandardCharsets.UTF_8).strip().endsWith("42"), out.toString(StandardCharsets.UTF_8));
    }

    /** Pollution is refused, and a later function sees clean intrinsics. */
    @Test
    void aLaterCallSeesCleanIntrinsics() {
        session.eval(new Source("p.atk", "let p = js(\"(x) => { Object.prototype.polluted = 1; return 1; }\")\n"
                + "print p(0)\n"));
        EvalResult r = session.eval(new Source("q.atk", "let q = js(\"(x) => ({}).polluted === undefined\")\n"
                + "print q(0)\n"));
        assertEquals(EvalStatus.OK, r.status(), r::describeProblems);
        assertTrue(out.toString(StandardCharsets.UTF_8).strip().endsWith("true"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSyntaxErrorIsACheckErrorAtItsLineAndColumnInTheScript() {
        EvalResult r = session.eval(new Source("s.atk", """
                model toy_cnn
                let f = js(\"\"\"(conf) => {
                  return conf.map(c => 1 - );
                }\"\"\")
                """));
        assertEquals(EvalStatus.SCRIPT_ERROR, r.status(), r::describeProblems);
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(3, d.span().line(), r.describeProblems());
        assertEquals(28, d.span().column(), r.describeProblems());
        assertTrue(d.message().startsWith("JavaScript syntax error: Expected an operand"), d.message());
        assertTrue(d.render().contains("^"), d.render());

        EvalResult escaped = session.eval(new Source("e.atk", "let g = js(\"(x) => \\\"a\\\" + + )\")\n"));
        assertEquals(EvalStatus.SCRIPT_ERROR, escaped.status());
        assertEquals(1, escaped.diagnostics().get(0).span().line());
        assertEquals(30, escaped.diagnostics().get(0).span().column(), escaped.describeProblems());
    }

    @Test
    void aFileOfDeclarationsExportsTheNamedFunction() throws Exception {
        Files.writeString(dir.resolve("prio.js"), """
                // helpers stay private to the file; only priority is called
                function scale(x) { return 10 * x; }
                function priority(conf) { return conf.map(scale); }
                """);
        EvalResult r = session.eval(new Source("f.atk", """
                let p = js(file="prio.js", name="priority")
                print p([0.1, 0.5])
                """));
        assertEquals(EvalStatus.OK, r.status(), r::describeProblems);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[1, 5]"), out.toString(StandardCharsets.UTF_8));

        Files.writeString(dir.resolve("broken.js"), "function priority(conf) {\n  return conf.map(c => );\n}\n");
        EvalResult broken = session.eval(new Source("b.atk", "let p = js(file=\"broken.js\", name=\"priority\")\n"));
        assertEquals(EvalStatus.SCRIPT_ERROR, broken.status());
        Diagnostic d = broken.diagnostics().get(0);
        assertEquals(1, d.span().line());
        assertEquals(17, d.span().column(), d.render());
        assertTrue(d.message().startsWith("JavaScript syntax error in broken.js at line 2, column"), d.message());

        EvalResult missing = session.eval(new Source("m.atk", "let p = js(file=\"nowhere.js\", name=\"f\")\n"));
        assertTrue(missing.describeProblems().contains("cannot read nowhere.js not found"), missing.describeProblems());
        EvalResult unnamed = session.eval(new Source("u.atk", "let p = js(file=\"prio.js\")\n"));
        assertTrue(unnamed.describeProblems().contains("needs name="), unnamed.describeProblems());
        EvalResult wrongName = session.eval(new Source("w.atk", "let p = js(file=\"prio.js\", name=\"nothing\")\n"
                + "print p([1])\n"));
        assertEquals(EvalStatus.RUNTIME_ERROR, wrongName.status(), wrongName::describeProblems);
        assertTrue(wrongName.describeProblems().contains("p is not a function: its file defines no function named nothing"), wrongName.describeProblems());
    }

    @Test
    void aFunctionComputesWhatItSays() {
        EvalResult r = session.eval(new Source("ok.atk", """
                let top2 = js(\"\"\"(conf) => conf.map((c, i) => [c, i])
                    .sort((a, b) => b[0] - a[0]).slice(0, 2).map(p => p[1])\"\"\")
                print top2([0.1, 0.7, 0.3, 0.9])
                """));
        assertEquals(EvalStatus.OK, r.status(), r::describeProblems);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[3, 1]"), out.toString(StandardCharsets.UTF_8));
    }
}
