package dev.atk.spi;

import java.util.List;

/**
 * One parameter of a component.
 *
 * @param defaultValue Double, Long, Boolean, String, or a {@link ComponentCall} for LOSS/TARGETS; null for a required
 *     parameter (a FUNCTION has no default: the checker asks for it)
 * @param min inclusive lower bound for NUMBER/INTEGER, or null
 * @param max inclusive upper bound for NUMBER/INTEGER, or null
 * @param choices the allowed names for CHOICE (also LOSS/TARGETS names are checked against the catalog)
 */
public record ParamInfo(String name, ParamType type, Object defaultValue, Double min, Double max,
                        List<String> choices, String help) {

    public static ParamInfo number(String name, double def, Double min, Double max, String help) {
        return new ParamInfo(name, ParamType.NUMBER, def, min, max, List.of(), help);
    }

    public static ParamInfo integer(String name, long def, Double min, Double max, String help) {
        return new ParamInfo(name, ParamType.INTEGER, def, min, max, List.of(), help);
    }

    public static ParamInfo bool(String name, boolean def, String help) {
        return new ParamInfo(name, ParamType.BOOLEAN, def, null, null, List.of(), help);
    }

    public static ParamInfo choice(String name, String def, List<String> choices, String help) {
        return new ParamInfo(name, ParamType.CHOICE, def, null, null, choices, help);
    }

    public static ParamInfo component(String name, ParamType type, ComponentCall def, String help) {
        return new ParamInfo(name, type, def, null, null, List.of(), help);
    }

    /** A function the caller must give ({@code priority=f}): no default. */
    public static ParamInfo function(String name, String help) {
        return new ParamInfo(name, ParamType.FUNCTION, null, null, null, List.of(), help);
    }

    /** Whether a call must give this parameter (it has no default). */
    public boolean required() {
        return defaultValue == null;
    }

    // ------------------------------------------------------------------ typed reads
    // An engine reads its arguments through the parameter it declared, so the default and the range live in one
    // place: the checker fills and validates calls from the same record, and a direct SPI call (no checker) gets
    // the same default and the same range check here.

    /** This NUMBER parameter's value in {@code call} (its default when absent), checked against the range. */
    public double numberIn(ComponentCall call) {
        expect(ParamType.NUMBER);
        if (valueIn(call) instanceof Number n) {
            return inRange(call, n.doubleValue());
        }
        throw wrongType(call);
    }

    /** This INTEGER parameter's value in {@code call} (its default when absent), checked against the range. */
    public int integerIn(ComponentCall call) {
        expect(ParamType.INTEGER);
        if (!(valueIn(call) instanceof Number n)) {
            throw wrongType(call);
        }
        double v = inRange(call, (double) Math.round(n.doubleValue()));
        if (Math.abs(v) > Integer.MAX_VALUE) {
            throw new AtkRuntimeException(call.name() + ": " + name + " is too large: " + v);
        }
        return (int) v;
    }

    /** This BOOLEAN parameter's value in {@code call} (its default when absent). */
    public boolean boolIn(ComponentCall call) {
        expect(ParamType.BOOLEAN);
        if (valueIn(call) instanceof Boolean b) {
            return b;
        }
        throw wrongType(call);
    }

    /** This CHOICE or STRING parameter's value in {@code call} (its default when absent), one of the choices. */
    public String choiceIn(ComponentCall call) {
        if (type != ParamType.CHOICE && type != ParamType.STRING) {
            throw new IllegalStateException(name + " is " + type + ", not a choice");
        }
        String v = String.valueOf(valueIn(call));
        if (type == ParamType.CHOICE && !choices.contains(v)) {
            throw new AtkRuntimeException(call.name() + ": " + name + " must be one of " + String.join(", ", choices)
                    + ", got '" + v + "'");
        }
        return v;
    }

    /** This LOSS, TARGETS or OBJECTIVE parameter's component in {@code call} (its default when absent). */
    public ComponentCall componentIn(ComponentCall call) {
        if (type != ParamType.LOSS && type != ParamType.TARGETS && type != ParamType.OBJECTIVE) {
            throw new IllegalStateException(name + " is " + type + ", not a component");
        }
        if (valueIn(call) instanceof ComponentCall c) {
            return c;
        }
        throw wrongType(call);
    }

    /** This FUNCTION parameter's function in {@code call}; it has no default. */
    public ScriptFunction functionIn(ComponentCall call) {
        expect(ParamType.FUNCTION);
        if (valueIn(call) instanceof ScriptFunction f) {
            return f;
        }
        throw wrongType(call);
    }

    /** This LABELS parameter's list in {@code call} (its default when absent; one value reads as a list of one). */
    public List<Object> labelsIn(ComponentCall call) {
        expect(ParamType.LABELS);
        Object v = valueIn(call);
        return v instanceof List<?> l ? List.copyOf(l) : v == null ? List.of() : List.of(v);
    }

    private Object valueIn(ComponentCall call) {
        Object v = call.args().get(name);
        return v != null ? v : defaultValue;
    }

    private void expect(ParamType wanted) {
        if (type != wanted) {
            throw new IllegalStateException(name + " is " + type + ", read as " + wanted);
        }
    }

    private double inRange(ComponentCall call, double v) {
        if (Double.isNaN(v) || (min != null && v < min) || (max != null && v > max)) {
            throw new AtkRuntimeException(call.name() + ": " + name + " must be in " + rangeText() + ", got "
                    + ComponentCall.valueText(v));
        }
        return v;
    }

    /** {@code 1..100000}, {@code >= 0} or {@code any}: how messages show the range. */
    public String rangeText() {
        String lo = min == null ? null : ComponentCall.valueText(min);
        String hi = max == null ? null : ComponentCall.valueText(max);
        return lo != null && hi != null ? lo + ".." + hi : lo != null ? ">= " + lo : hi != null ? "<= " + hi : "any";
    }

    private AtkRuntimeException wrongType(ComponentCall call) {
        return new AtkRuntimeException(call.name() + ": " + name + " must be " + type.description() + ", got "
                + ComponentCall.valueText(call.args().get(name)));
    }

    public String defaultText() {
        if (required()) {
            return "none (required)";
        }
        return defaultValue instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue()) + (type == ParamType.NUMBER ? ".0" : "")
                : String.valueOf(defaultValue);
    }
}
