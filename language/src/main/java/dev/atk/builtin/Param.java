package dev.atk.builtin;

import dev.atk.value.Values;

/**
 * One parameter of a built-in function.
 *
 * @param defaultValue the value when the argument is omitted (Double or Boolean), or null where omitting it means
 *                     something else (the settings decide, or the function behaves differently without it)
 */
public record Param(String name, boolean required, Object defaultValue) {

    public static Param required(String name) {
        return new Param(name, true, null);
    }

    public static Param optional(String name, Object defaultValue) {
        return new Param(name, false, defaultValue);
    }

    /** {@code n}, {@code gamma=0}, {@code [range]}; named-only parameters show as {@code eps=…}. */
    String text(boolean named) {
        if (defaultValue != null) {
            return name + "=" + Values.show(defaultValue);
        }
        String bare = named ? name + "=…" : name;
        return required ? bare : "[" + bare + "]";
    }
}
