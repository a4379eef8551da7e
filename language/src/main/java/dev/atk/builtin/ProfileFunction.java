package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.diag.Messages;
import dev.atk.value.Budget;
import dev.atk.value.EvalException;
import dev.atk.value.PendingProfile;
import dev.atk.value.RangeValue;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code profile()}: the current model's flips-vs-budget profile (ALGORITHMS.md §4); {@code profile(a..b)}: budgets
 * as fractions of its eps_max, the paper's grid within [a, b] or the range's own steps.
 */
final class ProfileFunction implements Builtin {
    private static final Signature SIGNATURE = new Signature("profile", List.of(Param.optional("range", null)),
            Signature.Binding.POSITIONAL);

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public String doc() {
        return "the current model's flips-vs-budget profile; with a range, budgets as fractions of its eps_max";
    }

    @Override
    public String example() {
        return "profile(0.05..1.0)";
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        if (!ctx.modelAndDataSelected()) {
            ctx.error(c.span(), Messages.profileNeedsModelAndData(),
                    "add e.g. `model fashion_cnn` (it brings its own data) before it");
        }
        if (c.args().isEmpty()) {
            return Type.PROFILE;
        }
        Expr a = args.get("range");
        if (a == null) {
            return Type.BUDGETS;
        }
        Type t = ctx.typeOf(a);
        if (t != Type.RANGE) {
            ctx.error(a.span(), Messages.wrongType("a range of eps_max fractions such as 0.05..1.0", t.description()));
        } else if (a instanceof Expr.Range r) {
            for (Expr end : List.of(r.from(), r.to())) {
                ctx.constantNumber(end).filter(v -> v < 0 || v > 1).ifPresent(v -> ctx.error(end.span(),
                        Messages.outOfRange("an eps_max fraction", v, "[0, 1]"), "profile(a..b) takes fractions of eps_max"));
            }
        }
        return Type.BUDGETS;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        Object profile = ctx.profile();
        if (c.args().isEmpty()) {
            return profile;
        }
        Expr range = args.expr("range");
        if (!(ctx.eval(range) instanceof RangeValue r)) {
            throw new EvalException(range.span(), "profile(...) takes a range of eps_max fractions, e.g. profile(0.05..1.0)");
        }
        List<Object> out = new ArrayList<>();
        for (double f : r.budgetFractions()) {
            if (profile instanceof ProfileResult p) {
                out.add(new Budget.Fixed(f * p.epsMax()));
            } else if (profile instanceof PendingProfile pending) {
                ProfileResult known = ctx.resolve(pending);
                out.add(known != null ? new Budget.Fixed(f * known.epsMax()) : new Budget.OfProfile(pending.node(), f));
            }
        }
        return out;
    }
}
