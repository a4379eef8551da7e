package dev.atk.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** The engine is found by name through javax.script; here it runs on the test FakeStdlib (registered for tests). */
class AtkScriptEngineTest {
    @Test
    void foundByNameAndKeepsStateBetweenEvals() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("atk");
        assertNotNull(engine, "no javax.script engine named atk");
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("let e = 8/255");
        engine.eval("print e * 255");
        assertEquals("8", out.toString().strip());
        Object results = engine.eval("model toy_cnn\ndata toy sample 3\nrun bce() at eps = e");
        assertEquals(3, ((List<?>) results).size());
    }

    /** What once escaped eval as IllegalArgumentException, StackOverflowError or OutOfMemoryError: now positioned. */
    @Test
    void everyMistakeIsAScriptExceptionWithAPosition() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("atk");
        String[] scripts = {
            "model toy_cnn\ndata toy\nfor eps in [\"a\", \"b\"] run bce()",
            "model toy_cnn\ndata toy at \"a\u0000b\"\nrun bce() at eps = 0.01",
            "print " + "1 + ".repeat(2000) + "1",
            "print true" + " and true".repeat(2500),
            "print 1" + ".eps_max".repeat(10_000),
            "print len(0..1e12)",
            "model \"a\u0000b.json\"",
            "report flips to \"x\u0000.csv\"",
            "for x in 0..0.5 step 0 { print x }",
            "print linspace(0.001, 0.003, 2147483648)",
        };
        for (String script : scripts) {
            ScriptException e = assertThrows(ScriptException.class, () -> engine.eval(script),
                    () -> script.substring(0, Math.min(60, script.length())));
            assertTrue(e.getLineNumber() >= 1 && e.getColumnNumber() >= 1, e::getMessage);
            assertTrue(!e.getMessage().contains("internal error"), e::getMessage);
        }
    }

    @Test
    void scriptErrorsCarryTheirPosition() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("atk");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("model toy_cnn\ndata toy\nrun slamm() at eps = 0.01"));
        assertEquals(3, e.getLineNumber());
        assertEquals(5, e.getColumnNumber());
        assertTrue(e.getMessage().contains("did you mean 'slam'"), e.getMessage());
    }

    /** The conventions of issue 14: bindings in, each eval's own result out, a chosen results folder, close. */
    @Test
    void bindingsAreScriptValuesAndEachEvalReturnsItsOwnResult(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        AtkScriptEngine engine = (AtkScriptEngine) new ScriptEngineManager().getEngineByName("atk");
        engine.put(AtkScriptEngine.RESULTS_DIR, dir.resolve("runs").toString());
        engine.put("budget", 0.02);
        engine.put("names", List.of("a", "b \"quoted\""));
        engine.put("weights", new double[] {0.5, 1.5});
        assertEquals(2.0, engine.eval("let n = len(weights) * budget * 50"));
        assertEquals("b \"quoted\"", ((List<?>) engine.eval("let second = names")).get(1));
        List<?> first = (List<?>) engine.eval("model toy_cnn\ndata toy sample 3\nrun bce() at eps = budget");
        assertEquals(3, first.size());
        List<?> second = (List<?>) engine.eval("run linear() at eps = budget");
        assertEquals(3, second.size(), "only this eval's records, not the session's six");
        assertEquals(null, engine.eval("print 1"));
        assertEquals(dir.resolve("runs"), engine.resultsFolder());
        assertTrue(java.nio.file.Files.exists(dir.resolve("runs/jsr223.jsonl")), "records go where the host said");

        engine.put("bad", Double.NaN);
        ScriptException nan = assertThrows(ScriptException.class, () -> engine.eval("print 1"));
        assertTrue(nan.getMessage().contains("binding 'bad'"), nan.getMessage());
        engine.getBindings(javax.script.ScriptContext.ENGINE_SCOPE).remove("bad");
        engine.put("slam", 1);
        ScriptException shadow = assertThrows(ScriptException.class, () -> engine.eval("print 1"));
        assertTrue(shadow.getMessage().contains("slam"), shadow.getMessage());
        engine.close();
    }

    @Test
    void withoutAChosenFolderResultsGoToANewTemporaryOneNotTheWorkingFolder() throws Exception {
        AtkScriptEngine engine = (AtkScriptEngine) new ScriptEngineManager().getEngineByName("atk");
        engine.eval("model toy_cnn\ndata toy sample 2\nrun bce() at eps = 0.01");
        java.nio.file.Path folder = engine.resultsFolder();
        assertTrue(folder.startsWith(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()),
                folder.toString());
        assertTrue(java.nio.file.Files.exists(folder.resolve("jsr223.jsonl")));
        assertTrue(!folder.startsWith(java.nio.file.Path.of("").toAbsolutePath()), "not under the working folder");
        engine.close();
    }
}
