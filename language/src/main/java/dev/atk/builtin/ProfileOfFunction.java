package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.value.EvalException;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.Expr;
import java.util.List;
import java.util.Map;

/**
 * {@code profile_of(coefficients=[c0, c1, ...], eps_max=..., labels=C)}: a profile declared from stored numbers (the
 * authors' profiles were partly cut by hand, so a profile must be declarable, not only computed).
 */
final class ProfileOfFunction implements Builtin {
    private static final Signature SIGNATURE = new Signature("profile_of", List.of(Param.required("coefficients"),
            Param.required("eps_max"), Param.required("labels")), Signature.Binding.NAMED);

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public String doc() {
        return "a profile declared from stored numbers: polynomial coefficients, eps_max and the label count";
    }

    @Override
    public String example() {
        return "profile_of(coefficients=[0, 120, -40], eps_max=0.3, labels=10)";
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        args.forEach((name, value) -> {
            if (name.equals("coefficients")) {
                ctx.expect(value, Type.LIST);
            } else {
                ctx.expect(value, Type.NUMBER);
            }
        });
        return Type.PROFILE;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        if (!args.has("coefficients") || !args.has("eps_max") || !args.has("labels")) {
            throw new EvalException(c.span(), "profile_of needs coefficients=[c0, c1, ...], eps_max=... and labels=...");
        }
        Object v = ctx.eval(args.expr("coefficients"));
        List<?> l = v instanceof List<?> list ? list : List.of();
        double[] coefficients = new double[l.size()];
        for (int i = 0; i < l.size(); i++) {
            coefficients[i] = (Double) ctx.resolved(l.get(i));
        }
        if (coefficients.length == 0) {
            throw new EvalException(c.span(), "profile_of needs coefficients=[c0, c1, ...], eps_max=... and labels=...");
        }
        return ProfileResult.declared(coefficients, args.number("eps_max"), (int) args.number("labels"));
    }
}
