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

    @Test
    void scriptErrorsCarryTheirPosition() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("atk");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("model toy_cnn\ndata toy\nrun slamm() at eps = 0.01"));
        assertEquals(3, e.getLineNumber());
        assertEquals(5, e.getColumnNumber());
        assertTrue(e.getMessage().contains("did you mean 'slam'"), e.getMessage());
    }
}
