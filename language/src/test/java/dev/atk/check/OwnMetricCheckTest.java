package dev.atk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import dev.atk.paths.WriteRule;
import dev.atk.source.Source;
import dev.atk.spi.Catalog;
import dev.atk.syntax.Parser;
import dev.atk.testing.EmptyCatalog;
import dev.atk.value.Type;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code report metric(f)} as the checker sees it: the forms it accepts, and each mistake as one error at the
 * argument (or call) it is about, with the hint that shows the right form. Nothing here runs a function.
 */
class OwnMetricCheckTest {

    /** The checker of an empty catalog, with a function {@code f} (as a host binds one) and a result set {@code main}. */
    private static List<Diagnostic> check(String script) {
        Catalog none = EmptyCatalog.INSTANCE;
        Scope scope = new Scope();
        scope.define("f", Type.FUNCTION, null);
        scope.define("main", Type.RESULTS, null);
        Path dir = Path.of("target");
        return new Checker(none, dir, WriteRule.under(dir)).check(Parser.parse(new Source("m.atk", script))
                .statements(), scope);
    }

    /** The one error of {@code script}, asserted to sit at {@code line:column}. */
    private static Diagnostic oneError(String script, int line, int column) {
        List<Diagnostic> errors = check(script).stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), () -> errors.stream().map(Diagnostic::render).toList().toString());
        Diagnostic d = errors.get(0);
        assertEquals(line + ":" + column, d.span().line() + ":" + d.span().column(), d.render());
        return d;
    }

    @Test
    void theFormsItAccepts() {
        assertEquals(List.of(), check("report metric(f)\n"));
        assertEquals(List.of(), check("report metric(f, better=\"lower\") as csv\n"));
        assertEquals(List.of(), check("report metric(f, better=higher) as json to \"m.json\"\n"));
        assertEquals(List.of(), check("report main.metric(f, better=\"lower\") as paired\n"));
    }

    @Test
    void aNumberIsNotAFunction() {
        Diagnostic d = oneError("report metric(3)\n", 1, 15);
        assertEquals("expected a function, found a number", d.message());
        assertTrue(d.hint().orElseThrow().contains("let f = js("), d.render());
    }

    @Test
    void noFunctionAtAll() {
        Diagnostic d = oneError("report metric()\n", 1, 8);
        assertEquals("metric needs the function it computes per record", d.message());
        assertTrue(d.hint().orElseThrow().contains("report metric(f)"), d.render());
        assertEquals("metric needs the function it computes per record", oneError("report metric\n", 1, 8).message());
        assertEquals("metric needs the function it computes per record",
                oneError("report metric(better=\"lower\")\n", 1, 8).message());
    }

    @Test
    void wrongArguments() {
        assertEquals("'up' is not a valid better; use one of higher, lower",
                oneError("report metric(f, better=\"up\")\n", 1, 25).message());
        assertEquals("metric takes at most 1 argument", oneError("report metric(f, f)\n", 1, 18).message());
        assertEquals("unknown parameter 'bettr' for metric — did you mean 'better'?",
                oneError("report metric(f, bettr=\"lower\")\n", 1, 18).message());
        assertEquals("argument 'better' is given twice",
                oneError("report metric(f, better=lower, better=higher)\n", 1, 32).message());
        assertEquals("a positional argument cannot follow named ones",
                oneError("report metric(better=lower, f)\n", 1, 29).message());
        assertTrue(oneError("report metric(g)\n", 1, 15).message().startsWith("unknown name 'g'"));
    }

    @Test
    void metricIsAReportNotAValueNorAName() {
        Diagnostic call = oneError("print metric(f)\n", 1, 7);
        assertEquals("metric(f) is a report of your own metric, not a value", call.message());
        assertEquals("'metric' is a built-in name; choose another name", oneError("let metric = 1\n", 1, 5).message());
        assertTrue(oneError("print metric\n", 1, 7).hint().orElseThrow().contains("report metric(f)"));
    }
}
