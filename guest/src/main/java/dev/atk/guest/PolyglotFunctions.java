package dev.atk.guest;

import dev.atk.spi.GuestException;
import dev.atk.spi.HostFunction;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A host application's own Polyglot function as an ATK function ({@code Session.bind(name, version,
 * PolyglotFunctions.of(value))}): an executable {@link Value} of the application's context, for example a JavaScript
 * or Python function the application evaluated itself. It runs in that context under the application's own policy,
 * not in ATK's sandbox, and on the evaluating thread: a context that another thread also uses must be guarded by the
 * application. Arguments arrive as read-only arrays and objects; the result is read as a guest function's is.
 */
public final class PolyglotFunctions {
    private PolyglotFunctions() {}

    /** @throws IllegalArgumentException when {@code function} cannot be executed */
    public static HostFunction of(Value function) {
        if (!function.canExecute()) {
            throw new IllegalArgumentException("not a function: " + function);
        }
        return arguments -> {
            Object[] in = arguments.stream().map(GuestValues::in).toArray();
            try {
                return GuestValues.out(function.execute(in));
            } catch (PolyglotException e) {
                throw new GuestException("failed: " + e.getMessage(), null);
            }
        };
    }
}
