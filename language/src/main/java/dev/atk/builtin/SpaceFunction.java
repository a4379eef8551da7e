package dev.atk.builtin;

import dev.atk.diag.Messages;
import dev.atk.syntax.Expr;
import dev.atk.value.EvalException;
import dev.atk.limits.Limits;
import dev.atk.value.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/** {@code linspace(a, b, n)} and {@code logspace(a, b, n)}: n evenly spaced points, the second as powers of ten. */
final class SpaceFunction extends DescribedBuiltin {
    private final DoubleUnaryOperator point;

    private SpaceFunction(String name, DoubleUnaryOperator point, String doc, String example) {
        super(new Signature(name, List.of(Param.required("a"), Param.required("b"), Param.required("n")),
                Signature.Binding.POSITIONAL), doc, example);
        this.point = point;
    }

    static SpaceFunction linspace() {
        return new SpaceFunction("linspace", t -> t, "n evenly spaced numbers from a to b, both included",
                "linspace(0, 1, 5)");
    }

    static SpaceFunction logspace() {
        return new SpaceFunction("logspace", t -> Math.pow(10, t), "n numbers from 10^a to 10^b, evenly spaced in the "
                + "exponent", "logspace(-3, -1, 3)");
    }

    /** Why {@code n} is not a number of points ATK can make: not a whole number ≥ 0, or more than it expands. */
    private Optional<String> countProblem(double n) {
        if (!(n >= 0) || n != Math.rint(n)) {
            return Optional.of(Messages.notANaturalNumber(name() + "'s n", n, false));
        }
        if (n > Limits.MAX_SEQUENCE) {
            return Optional.of(Messages.sequenceTooLong(name() + "(…)", Limits.count(n), Limits.count(Limits.MAX_SEQUENCE)));
        }
        return Optional.empty();
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        // every argument, surplus ones too: each may hide a mistake of its own
        c.args().forEach(a -> ctx.expect(a.value(), Type.NUMBER));
        Expr n = args.get("n");
        if (n != null) {
            ctx.constantNumber(n).flatMap(v -> countProblem(v)).ifPresent(p -> ctx.error(n.span(), p));
        }
        return Type.LIST;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        double a = args.number("a");
        double b = args.number("b");
        double count = args.number("n");
        countProblem(count).ifPresent(p -> {
            throw new EvalException(args.expr("n").span(), p);
        });
        int n = (int) count;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((i & 4095) == 0) {
                ctx.cancellation().checkpoint(); // up to a million points: look for a cancel request every 4,096
            }
            double t = n == 1 ? a : a + (b - a) * i / (n - 1);
            out.add(point.applyAsDouble(t));
        }
        return out;
    }
}
