package dev.atk.value;

import dev.atk.spi.GuestFunction;
import dev.atk.spi.GuestLanguage;
import dev.atk.spi.ScriptFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A script's own function ({@code js("(conf) => …")}): the language and code as written, which is its identity (equal
 * code, equal function; the code hashes into plan digests), and the sandboxed function made from it on first call.
 * A {@code let} gives it the name messages use ({@link #named}); the name is not part of its identity, so renaming a
 * function resumes its records.
 */
public final class GuestFunctionValue implements ScriptFunction, java.io.Serializable {
    private final String language;
    private final String code;
    private final String exported;
    private final String origin;
    private final String name;
    /** Made again from the code where the value travels (a cluster's executor): a runtime is never sent. */
    private transient GuestFunction function;

    /**
     * @param exported the name a file exports, or null when {@code code} is a function expression
     * @param origin where it was written, for messages ({@code "prio.js"}, {@code "s.atk:3:9"})
     */
    public GuestFunctionValue(String language, String code, String exported, String origin) {
        this(language, code, exported, origin, null);
    }

    private GuestFunctionValue(String language, String code, String exported, String origin, String name) {
        this.language = language;
        this.code = code;
        this.exported = exported;
        this.origin = origin;
        this.name = name;
    }

    /** The same function under the name a {@code let} bound it to. */
    public GuestFunctionValue named(String letName) {
        return new GuestFunctionValue(language, code, exported, origin, letName);
    }

    public String code() {
        return code;
    }

    @Override
    public String displayName() {
        return name != null ? name : exported != null ? exported : "the js function at " + origin;
    }

    /** {@code js:priority@1f2e3d4c5b6a7980}: the language, the exported name if any, and the code's SHA-256 prefix. */
    @Override
    public String identity() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return language + ":" + (exported != null ? exported + "@" : "")
                    + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public Object call(List<Object> arguments) {
        return function().call(arguments);
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
