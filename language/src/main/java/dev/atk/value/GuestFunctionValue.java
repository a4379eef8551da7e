package dev.atk.value;

import dev.atk.spi.GuestFunction;
import dev.atk.spi.GuestLanguage;
import java.util.Objects;

/**
 * A script's own function ({@code js("(conf) => …")}): the language and code as written, which is its identity (equal
 * code, equal function; the code hashes into plan digests), and the sandboxed function made from it on first call.
 */
public final class GuestFunctionValue {
    private final String language;
    private final String code;
    private final String exported;
    private final String origin;
    private GuestFunction function;

    /**
     * @param exported the name a file exports, or null when {@code code} is a function expression
     * @param origin where it was written, for messages ({@code "prio.js"}, {@code "s.atk:3:9"})
     */
    public GuestFunctionValue(String language, String code, String exported, String origin) {
        this.language = language;
        this.code = code;
        this.exported = exported;
        this.origin = origin;
    }

    public String code() {
        return code;
    }

    /** The function to call, made on first use by the registered guest language. */
    public synchronized GuestFunction function() {
        if (function == null) {
            GuestLanguage guest = GuestLanguage.named(language).orElseThrow(() -> new dev.atk.spi.AtkRuntimeException(
                    "no " + language + " runtime is installed (the atk-guest module runs JavaScript)"));
            function = guest.function(code, exported, origin);
        }
        return function;
    }

    /** How it reads in messages and plan descriptions: the call that made it, code shortened. */
    @Override
    public String toString() {
        String oneLine = code.strip().replaceAll("\\s+", " ");
        String shown = oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine;
        return language + "(" + (exported != null ? "name=\"" + exported + "\", " : "") + "\"" + shown + "\")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuestFunctionValue g && g.language.equals(language) && g.code.equals(code)
                && Objects.equals(g.exported, exported);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, code, exported);
    }
}
