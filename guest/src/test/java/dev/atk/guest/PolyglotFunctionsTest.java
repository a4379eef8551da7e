package dev.atk.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.GuestException;
import dev.atk.spi.HostFunction;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** A host's own Polyglot function, bound as an ATK function: plain values in, plain values out, failures as guests'. */
class PolyglotFunctionsTest {
    @Test
    void aJavaScriptFunctionOfTheHostsContextTakesListsAndRecords() throws Exception {
        try (Context host = Context.create("js")) {
            Value scores = host.eval("js", "(conf, truth) => conf.map((c, j) => truth[j] === 1 ? 10 + c : c)");
            HostFunction f = PolyglotFunctions.of(scores);
            assertEquals(List.of(10.5, 0.25), f.apply(List.of(List.of(0.5, 0.25), List.of(1.0, 0.0))));
            Value field = host.eval("js", "(r) => r.flips * 2");
            assertEquals(6.0, PolyglotFunctions.of(field).apply(List.of(Map.of("flips", 3.0))));
        }
    }

    @Test
    void itsFailuresReadLikeAGuestFunctionsAndANonFunctionIsRefused() {
        try (Context host = Context.create("js")) {
            HostFunction thrower = PolyglotFunctions.of(host.eval("js", "() => { throw new Error('host says no') }"));
            GuestException e = assertThrows(GuestException.class, () -> thrower.apply(List.of()));
            assertTrue(e.getMessage().startsWith("failed: Error: host says no"), e.getMessage());
            HostFunction object = PolyglotFunctions.of(host.eval("js", "() => ({a: 1})"));
            assertTrue(assertThrows(GuestException.class, () -> object.apply(List.of())).getMessage()
                    .contains("returned an object"));
            assertThrows(IllegalArgumentException.class, () -> PolyglotFunctions.of(host.eval("js", "42")));
        }
    }
}
