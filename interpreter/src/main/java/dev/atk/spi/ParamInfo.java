package dev.atk.spi;

import java.util.List;

/**
 * One parameter of a component.
 *
 * @param defaultValue Double, Long, Boolean, String, or a {@link ComponentCall} for LOSS/TARGETS
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

    public String defaultText() {
        return defaultValue instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue()) + (type == ParamType.NUMBER ? ".0" : "")
                : String.valueOf(defaultValue);
    }
}
