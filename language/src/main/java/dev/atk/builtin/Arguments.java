package dev.atk.builtin;

import dev.atk.diag.Messages;
import dev.atk.value.EvalException;
import dev.atk.syntax.Expr;
import java.util.Map;

/**
 * A call's arguments bound to a built-in's parameters, for its evaluation: omitted ones take the signature's
 * default. A required one that is missing is an {@link EvalException}, never a null, because the checker folds
 * constants by evaluating calls it has not accepted yet.
 */
public final class Arguments {
    private final Signature signature;
    private final Expr.Call call;
    private final Map<String, Expr> bound;
    private final EvalContext ctx;

    public Arguments(Signature signature, Expr.Call call, EvalContext ctx) {
        this.signature = signature;
        this.call = call;
        this.bound = signature.bind(call);
        this.ctx = ctx;
    }

    public boolean has(String name) {
        return bound.containsKey(name);
    }

    /** The expression given for {@code name}. */
    public Expr expr(String name) {
        Expr e = bound.get(name);
        if (e == null) {
            throw new EvalException(call.span(), Messages.missingArgument(signature.name(), name));
        }
        return e;
    }

    public double number(String name) {
        if (!has(name) && defaultOf(name) instanceof Double d) {
            return d;
        }
        return ctx.number(expr(name));
    }

    public boolean bool(String name) {
        if (!has(name) && defaultOf(name) instanceof Boolean b) {
            return b;
        }
        return Boolean.TRUE.equals(ctx.resolved(ctx.eval(expr(name))));
    }

    private Object defaultOf(String name) {
        return signature.param(name).map(Param::defaultValue).orElse(null);
    }
}
