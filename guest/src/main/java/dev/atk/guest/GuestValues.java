package dev.atk.guest;

import dev.atk.spi.GuestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Values across the sandbox wall. In: numbers, strings and booleans as they are; lists and records as read-only
 * proxies over copies (a constrained sandbox reads no host objects, and a guest must not change the host's data; the
 * call trampoline copies them into plain JavaScript arrays and objects). Out: numbers, strings, booleans, null, and
 * arrays of those, bounded in size.
 */
final class GuestValues {
    private GuestValues() {}

    /** The most elements a returned array may have: far beyond one score per label, far below a memory problem. */
    static final int MAX_RETURNED = 1_000_000;

    static Object in(Object v) {
        if (v == null || v instanceof Double || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof float[] fs) {
            Object[] out = new Object[fs.length];
            for (int i = 0; i < fs.length; i++) {
                out[i] = (double) fs[i];
            }
            return new ReadOnlyArray(out);
        }
        if (v instanceof List<?> l) {
            Object[] out = new Object[l.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = in(l.get(i));
            }
            return new ReadOnlyArray(out);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), in(x)));
            return ProxyObject.fromMap(java.util.Collections.unmodifiableMap(out));
        }
        throw new IllegalArgumentException("a " + v.getClass().getSimpleName() + " cannot be passed to a guest function");
    }

    /** The host value of a guest result. */
    static Object out(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.fitsInDouble() ? v.asDouble() : Double.NaN;
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.hasArrayElements()) {
            long size = v.getArraySize();
            if (size > MAX_RETURNED) {
                throw new GuestException("returned an array of " + size + " elements (at most "
                        + MAX_RETURNED + ")", null);
            }
            List<Object> out = new ArrayList<>((int) size);
            for (long i = 0; i < size; i++) {
                out.add(out(v.getArrayElement(i)));
            }
            return out;
        }
        throw new GuestException("returned " + describe(v) + "; it may return a number, a string, true or "
                + "false, null, or an array of those", null);
    }

    private static String describe(Value v) {
        if (v.canExecute()) {
            return "a function";
        }
        return v.hasMembers() ? "an object" : "a value of another kind";
    }

    /** An array the guest can read but not change (arguments, and the argument list the trampoline receives). */
    record ReadOnlyArray(Object[] values) implements ProxyArray {
        @Override
        public Object get(long index) {
            return values[(int) index];
        }

        @Override
        public void set(long index, Value value) {
            // ProxyArray's way to refuse a write; the guest sees a TypeError (the trampoline hands it copies anyway)
            throw new UnsupportedOperationException("arguments are read-only");
        }

        @Override
        public long getSize() {
            return values.length;
        }
    }
}
