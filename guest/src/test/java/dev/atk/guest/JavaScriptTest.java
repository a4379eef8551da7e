package dev.atk.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.GuestException;
import dev.atk.spi.GuestFunction;
import dev.atk.spi.GuestLanguage;
import dev.atk.spi.GuestProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JavaScript guest language on its own: registration, syntax positions, values across the wall, limits. */
class JavaScriptTest {
    private final GuestLanguage js = GuestLanguage.named("js").orElseThrow();

    @Test
    void isRegisteredAsJs() {
        assertEquals(List.of("js"), GuestLanguage.names());
    }

    @Test
    void aSyntaxErrorIsPositionedInTheCodeAsWritten() {
        GuestProblem p = js.syntax("(conf) => conf.map(c => 1 - )", null).orElseThrow();
        assertEquals(1, p.line());
        assertEquals(29, p.column(), p.message());
        GuestProblem second = js.syntax("(conf) => {\n  return conf.map(c => 1 - ;\n}", null).orElseThrow();
        assertEquals(2, second.line(), second.message());
        assertTrue(js.syntax("(conf, truth, labels) => conf.map(c => 1 - c)", null).isEmpty());
    }

    @Test
    void codeNestedPastTheParsersStackIsAProblemNotAnException() {
        // found by the check-path fuzzer: a structural mutation of an example opened thousands of brackets
        String nested = "(c) => " + "[".repeat(50_000) + "]".repeat(50_000);
        GuestProblem p = js.syntax(nested, null).orElseThrow();
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("the code is nested too deeply for the JavaScript parser"), p.message());
        assertTrue(js.syntax("(c) => " + "[".repeat(100) + "]".repeat(100), null).isEmpty(), "a sane depth parses");
    }

    @Test
    void parsingRunsNothing() {
        long t0 = System.nanoTime();
        assertTrue(js.syntax("(() => { while (true) {} })()", null).isEmpty());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void listsArriveAsPlainArraysAndComeBackAsLists() {
        GuestFunction f = js.function("(xs, k) => xs.slice().sort((a, b) => b - a).slice(0, k)", null, "t");
        assertEquals(List.of(0.9, 0.5), f.call(List.of(List.of(0.1, 0.9, 0.5), 2.0)));
        GuestFunction inPlace = js.function("(xs) => { xs.sort(); xs.push(7); return xs.length; }", null, "t");
        assertEquals(4.0, inPlace.call(List.of(List.of(3.0, 1.0, 2.0))), "the guest works on its own copy");
        GuestFunction record = js.function("(r) => r.flips * 2 + r.clean.length", null, "t");
        assertEquals(9.0, record.call(List.of(Map.of("flips", 3.0, "clean", List.of(0.1, 0.2, 0.3)))));
        assertEquals("ab", js.function("(a, b) => a + b", null, "t").call(List.of("a", "b")));
        assertEquals(true, js.function("(x) => x > 1", null, "t").call(List.of(2.0)));
    }

    @Test
    void nothingSurvivesFromOneCallToTheNext() {
        GuestFunction counter = js.function("(() => { let n = 0; return () => ++n; })()", null, "counter");
        assertEquals(1.0, counter.call(List.of()));
        assertEquals(1.0, counter.call(List.of()), "a fresh closure on every call");
        GuestFunction global = js.function("() => { globalThis.seen = 1; return 1; }", null, "global");
        assertThrows(GuestException.class, () -> global.call(List.of()));
    }

    @Test
    void anEndlessLoopIsStoppedWithinSecondsAndTheFunctionStaysUsable() {
        GuestFunction f = js.function("(x) => { if (x > 0) { while (true) {} } return 5; }", null, "spin");
        long t0 = System.nanoTime();
        GuestException e = assertThrows(GuestException.class, () -> f.call(List.of(1.0)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < Sandbox.TIME_LIMIT.toSeconds() + 3, "stopped after " + seconds + " s");
        assertTrue(e.getMessage().contains("ran longer than") || e.getMessage().contains("statements"),
                e.getMessage());
        assertEquals(5.0, f.call(List.of(0.0)), "a new context after the cancelled one");
    }

    @Test
    void aGuestExceptionIsPositioned() {
        GuestFunction f = js.function("(x) => {\n  throw new Error(\"no labels for \" + x);\n}", null, "thrower");
        GuestException e = assertThrows(GuestException.class, () -> f.call(List.of("cat")));
        assertTrue(e.getMessage().contains("no labels for cat"), e.getMessage());
        assertEquals(2, e.at().orElseThrow().line());
    }

    @Test
    void whatCannotComeBackIsNamed() {
        GuestException e = assertThrows(GuestException.class,
                () -> js.function("(x) => ({a: 1})", null, "obj").call(List.of()));
        assertTrue(e.getMessage().contains("returned an object"), e.getMessage());
        GuestException notFunction = assertThrows(GuestException.class,
                () -> js.function("42", null, "answer").call(List.of()));
        assertTrue(notFunction.getMessage().contains("is not a function"), notFunction.getMessage());
    }
}
