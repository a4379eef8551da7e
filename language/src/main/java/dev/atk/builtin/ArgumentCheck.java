package dev.atk.builtin;

import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.syntax.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a call's arguments to a built-in's signature for the checker, reporting every unknown, duplicate, surplus,
 * misplaced and missing argument at its position. Each {@link Signature.Binding} words its errors as the function
 * always did.
 */
public final class ArgumentCheck {
    private ArgumentCheck() {}

    /** The arguments that bound, by parameter name. */
    public static Map<String, Expr> bind(Signature sig, Expr.Call c, CheckContext ctx) {
        return sig.binding() == Signature.Binding.NAMED ? named(sig, c, ctx) : positional(sig, c, ctx);
    }

    private static Map<String, Expr> positional(Signature sig, Expr.Call c, CheckContext ctx) {
        boolean countAtOnce = sig.binding() == Signature.Binding.POSITIONAL;
        int n = c.args().size();
        boolean countOk = n >= sig.requiredCount() && n <= sig.params().size();
        if (countAtOnce && !countOk) {
            ctx.error(c.span(), Messages.arity(sig.name(), sig.requiredCount(), sig.params().size(), n));
        }
        String hint = Messages.signatureHint(sig.text());
        Map<String, Expr> given = new LinkedHashMap<>();
        int position = 0;
        boolean sawNamed = false;
        for (Expr.Arg a : c.args()) {
            String name;
            if (a.name().isPresent()) {
                sawNamed = true;
                name = a.name().get().name();
                if (sig.param(name).isEmpty()) {
                    ctx.error(a.name().get().span(), Messages.unknownParameter(sig.name(), name,
                            DidYouMean.suggest(name, sig.paramNames()).orElse(null)), hint);
                    continue;
                }
            } else if (sawNamed) {
                ctx.error(a.span(), Messages.positionalAfterNamed(), hint);
                continue;
            } else if (position < sig.params().size()) {
                name = sig.params().get(position++).name();
            } else {
                if (!countAtOnce) {
                    ctx.error(a.span(), Messages.tooManyArguments(sig.name(), sig.params().size()), hint);
                }
                continue;
            }
            if (given.putIfAbsent(name, a.value()) != null) {
                ctx.error(a.span(), Messages.duplicateArgument(name));
            }
        }
        if (!countAtOnce || countOk) {
            missing(sig, c, given, ctx, hint);
        }
        return given;
    }

    /** Every argument named, known and given once (profile_of, the analyses). */
    private static Map<String, Expr> named(Signature sig, Expr.Call c, CheckContext ctx) {
        List<String> allowed = sig.paramNames();
        Map<String, Expr> given = new LinkedHashMap<>();
        for (Expr.Arg a : c.args()) {
            if (a.name().isEmpty()) {
                ctx.error(a.span(), Messages.needsNamedArgument(sig.name(), allowed));
                continue;
            }
            String n = a.name().get().name();
            if (!allowed.contains(n)) {
                ctx.error(a.name().get().span(), Messages.unknown("parameter", n,
                        DidYouMean.suggest(n, allowed).orElse(null)), sig.name() + " takes " + String.join(", ", allowed));
            } else if (given.putIfAbsent(n, a.value()) != null) {
                ctx.error(a.name().get().span(), Messages.duplicateArgument(n));
            }
        }
        missing(sig, c, given, ctx, null);
        return given;
    }

    private static void missing(Signature sig, Expr.Call c, Map<String, Expr> given, CheckContext ctx, String hint) {
        for (Param p : sig.params()) {
            if (p.required() && !given.containsKey(p.name())) {
                if (hint == null) {
                    ctx.error(c.span(), Messages.missingArgument(sig.name(), p.name()));
                } else {
                    ctx.error(c.span(), Messages.missingArgument(sig.name(), p.name()), hint);
                }
            }
        }
    }
}
