package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.diag.Messages;
import dev.atk.value.EvalException;
import dev.atk.value.RangeValue;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code mean(xs)}, {@code std(xs)} (population, ddof 0, like numpy) and {@code len(xs)} of a list or range. */
final class AggregateFunction extends DescribedBuiltin {
    private enum Kind { MEAN, STD, LEN }

    private final Kind kind;

    private AggregateFunction(String name, Kind kind, String doc, String example) {
        super(new Signature(name, List.of(Param.required("values")), Signature.Binding.POSITIONAL), doc, example);
        this.kind = kind;
    }

    static AggregateFunction mean() {
        return new AggregateFunction("mean", Kind.MEAN, "the mean of a list or range of numbers", "mean([1, 2, 4])");
    }

    static AggregateFunction std() {
        return new AggregateFunction("std", Kind.STD, "the population standard deviation (ddof 0) of a list or range",
                "std([1, 2, 4])");
    }

    static AggregateFunction len() {
        return new AggregateFunction("len", Kind.LEN, "how many elements a list or range has", "len(0..1 step 0.25)");
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        c.args().forEach(a -> {
            Type t = ctx.typeOf(a.value());
            if (!t.iterable()) {
                ctx.error(a.value().span(), Messages.wrongType("a list", t.description()));
            }
        });
        return Type.NUMBER;
    }

    /** A mask: the list walk looks for a cancel request every 4,096 elements (a few microseconds of work). */
    private static final int CHECKPOINT_EVERY = 4095;

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        Object v = ctx.resolved(ctx.eval(args.expr("values")));
        if (kind == Kind.LEN && v instanceof List<?> l) {
            return (double) l.size(); // any list, e.g. the rows of a matrix
        }
        List<Double> xs = new ArrayList<>();
        if (v instanceof RangeValue r) {
            xs.addAll(r.values());
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if ((xs.size() & CHECKPOINT_EVERY) == 0) {
                    ctx.cancellation().checkpoint();
                }
                xs.add((Double) ctx.resolved(o));
            }
        }
        if (kind == Kind.LEN) {
            return (double) xs.size();
        }
        if (xs.isEmpty()) {
            throw new EvalException(c.span(), name() + " of an empty list");
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (kind == Kind.MEAN) {
            return mean;
        }
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(ss / xs.size());
    }
}
