package dev.atk.spi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A component with every argument resolved: {@code slam(q=0.5)}, {@code mifgsm(loss=bce(), mu=1.0, targets=all())}.
 * Arguments are Double, Long, Boolean, String, nested ComponentCalls, {@link ScriptFunction}s or lists of these (label
 * lists); every parameter is present (defaults filled in by the checker), so {@link #canonical()} is a stable key for
 * digests and result records. A function writes itself as its identity (its code's hash), so an edited function makes
 * another key.
 */
public record ComponentCall(String name, Map<String, Object> args) implements java.io.Serializable {

    public ComponentCall {
        args = java.util.Collections.unmodifiableMap(new TreeMap<>(args));
    }

    public static ComponentCall of(String name) {
        return new ComponentCall(name, Map.of());
    }

    public double number(String key) {
        Object v = args.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(name + ": argument '" + key + "' is not a number: " + v);
    }

    public long integer(String key) {
        return Math.round(number(key));
    }

    public boolean bool(String key) {
        return Boolean.TRUE.equals(args.get(key));
    }

    public String string(String key) {
        return String.valueOf(args.get(key));
    }

    /** A list argument (label names and indices, as written), or a single value as a list of one. */
    public List<Object> list(String key) {
        Object v = args.get(key);
        if (v instanceof List<?> l) {
            return List.copyOf(l);
        }
        return v == null ? List.of() : List.of(v);
    }

    public ComponentCall component(String key) {
        Object v = args.get(key);
        if (v instanceof ComponentCall c) {
            return c;
        }
        throw new IllegalArgumentException(name + ": argument '" + key + "' is not a component: " + v);
    }

    /** Sorted, fully explicit text, e.g. {@code mifgsm(loss=slam(q=0.5), mu=1, targets=all())}. */
    public String canonical() {
        StringBuilder b = new StringBuilder(name).append('(');
        boolean first = true;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            b.append(first ? "" : ", ").append(e.getKey()).append('=').append(valueText(e.getValue()));
            first = false;
        }
        return b.append(')').toString();
    }

    /** How a canonical call writes one argument value: {@code 1}, {@code 0.5}, {@code slam(q=0.5)}, {@code ["a", 3]}. */
    public static String valueText(Object v) {
        if (v instanceof ComponentCall c) {
            return c.canonical();
        }
        if (v instanceof ScriptFunction f) {
            return f.identity();
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(l.get(i) instanceof String s ? '"' + s + '"' : valueText(l.get(i)));
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
