package dev.atk.eval;

import dev.atk.syntax.Expr;

/** Source text of an expression, for explain output and messages. */
public final class Exprs {
    private Exprs() {}

    public static String text(Expr e) {
        var s = e.span();
        String src = s.source().text();
        if (s.start() >= 0 && s.end() <= src.length() && s.start() < s.end()) {
            return src.substring(s.start(), s.end());
        }
        return e.toString();
    }
}
