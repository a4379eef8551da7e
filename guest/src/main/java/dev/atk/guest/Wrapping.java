package dev.atk.guest;

import dev.atk.spi.GuestProblem;
import java.util.regex.Pattern;

/**
 * How a user's code becomes a guest source that evaluates to a fresh function each time. The code goes inside a
 * strict-mode function scope, on lines of its own: an expression ({@code (conf) => …}) is returned from it; a file of
 * declarations is run in it and the exported name returned. Because every evaluation builds a new scope, no closure
 * or top-level variable survives from one call to the next; and the prefix is exactly one line, so a position in the
 * wrapped source is the user's line plus one, at the same column.
 */
final class Wrapping {
    private Wrapping() {}

    /** Names a file may export: a JavaScript identifier (ASCII), so it can be written into the wrapper as-is. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private static final String EXPRESSION_PREFIX = "(function () { \"use strict\"; return (\n";
    private static final String EXPRESSION_SUFFIX = "\n); })()";
    private static final String FILE_PREFIX = "(function () { \"use strict\";\n";

    /** The wrapped source of {@code code}: an expression when {@code exported} is null, else a file exporting it. */
    static String wrap(String code, String exported) {
        if (exported == null) {
            return EXPRESSION_PREFIX + code + EXPRESSION_SUFFIX;
        }
        if (!IDENTIFIER.matcher(exported).matches()) {
            throw new IllegalArgumentException("not a JavaScript name: " + exported);
        }
        return FILE_PREFIX + code + "\n; return typeof " + exported + " === \"function\" ? " + exported
                + " : undefined; })()";
    }

    /** A position in the wrapped source as the user's: one line up; the wrapper's own lines clamp to the code. */
    static GuestProblem unwrap(int line, int column, String message, String code) {
        int lines = (int) code.chars().filter(c -> c == '\n').count() + 1;
        if (line <= 1) {
            return new GuestProblem(1, 1, message);
        }
        if (line - 1 > lines) {
            String last = code.substring(code.lastIndexOf('\n') + 1);
            return new GuestProblem(lines, Math.max(1, last.length()), message); // "unexpected end": at the end
        }
        return new GuestProblem(line - 1, Math.max(1, column), message);
    }
}
