package dev.atk.value;

import dev.atk.spi.GuestException;
import dev.atk.spi.HostFunction;
import dev.atk.spi.ScriptFunction;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A host application's Java function bound into a session ({@code Session.bind}). Its identity is the name and the
 * version the host gave: ATK cannot read a compiled function's code, so a host that changes what a function computes
 * gives it a new version, and its attacks re-run instead of resuming. Results are brought to the plain values a guest
 * function returns (any {@code Number} becomes a {@code Double}, arrays become lists), and an exception the function
 * throws becomes a {@link GuestException}, so every plug point reports it like a guest failure.
 */
public final class HostFunctionValue implements ScriptFunction {
    private final String name;
    private final String version;
    private final HostFunction function;

    public HostFunctionValue(String name, String version, HostFunction function) {
        this.name = name;
        this.version = version;
        this.function = function;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public String identity() {
        return "host:" + name + (version == null || version.isEmpty() ? "" : "@" + version);
    }

    @Override
    public Object call(List<Object> arguments) {
        Object out;
        try {
            out = function.apply(arguments);
        } catch (dev.atk.spi.CancelledException cancelled) {
            throw cancelled;
        } catch (Exception e) {
            throw new GuestException("failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
        }
        return plain(out);
    }

    /** A host value as the plain values guest functions return. */
    static Object plain(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(o -> out.add(plain(o)));
            return out;
        }
        if (v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(plain(Array.get(v, i)));
            }
            return out;
        }
        if (v instanceof Map<?, ?>) {
            return v;
        }
        return v; // the plug point's check names the wrong type
    }

    @Override
    public String toString() {
        return "host function " + identity();
    }
}
