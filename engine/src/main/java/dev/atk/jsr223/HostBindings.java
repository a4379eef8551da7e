package dev.atk.jsr223;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.script.ScriptException;

/**
 * A host's {@code engine.put(name, value)} as ATK source: each binding becomes a {@code let} statement evaluated
 * before the script, so the checker applies its usual rules to it (a name may not shadow an attack or a built-in) and
 * its value is a plain script value. Numbers, booleans, strings and lists (or arrays) of those are accepted; names
 * starting with {@code atk.} are the engine's own settings, not script values.
 */
final class HostBindings {
    private HostBindings() {}

    /** Engine-scope keys that configure the engine rather than bind a value. */
    static final String OWN_PREFIX = "atk.";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** {@code let name = literal} lines for every binding, in a stable order; empty when there are none. */
    static String asLets(Map<String, Object> bindings) throws ScriptException {
        StringBuilder b = new StringBuilder();
        List<String> names = new ArrayList<>(bindings.keySet());
        names.sort(null);
        for (String name : names) {
            if (name.startsWith(OWN_PREFIX) || name.startsWith("javax.script.")) {
                continue;
            }
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new ScriptException("binding '" + name + "': a script name is letters, digits and _, not "
                        + "starting with a digit");
            }
            b.append("let ").append(name).append(" = ").append(literal(name, bindings.get(name))).append('\n');
        }
        return b.toString();
    }

    private static String literal(String name, Object v) throws ScriptException {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new ScriptException("binding '" + name + "': " + d + " is not a finite number");
            }
            return Double.toString(d);
        }
        if (v instanceof Boolean bool) {
            return bool.toString();
        }
        if (v instanceof CharSequence s) {
            return '"' + s.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (v instanceof double[] ds) {
            List<Object> l = new ArrayList<>();
            for (double d : ds) {
                l.add(d);
            }
            return literal(name, l);
        }
        if (v instanceof Object[] os) {
            return literal(name, List.of(os));
        }
        if (v instanceof Iterable<?> it) {
            StringBuilder b = new StringBuilder("[");
            for (Object o : it) {
                b.append(b.length() == 1 ? "" : ", ").append(literal(name, o));
            }
            return b.append(']').toString();
        }
        throw new ScriptException("binding '" + name + "': a " + (v == null ? "null" : v.getClass().getSimpleName())
                + " cannot be a script value (numbers, booleans, strings and lists of them can)");
    }
}
