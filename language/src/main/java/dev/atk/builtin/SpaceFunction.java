package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        // every argument, surplus ones too: each may hide a mistake of its own
        c.args().forEach(a -> ctx.expect(a.value(), Type.NUMBER));
        return Type.LIST;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        double a = args.number("a");
        double b = args.number("b");
        int n = (int) args.number("n");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? a : a + (b - a) * i / (n - 1);
            out.add(point.applyAsDouble(t));
        }
        return out;
    }
}
