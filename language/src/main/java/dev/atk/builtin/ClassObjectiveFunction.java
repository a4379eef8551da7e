package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.select.ClassSubset;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code class_objective(subset, closeness, icm, gamma)}: CLASS's objective O (ALGORITHMS.md §6.3) of a given subset. */
final class ClassObjectiveFunction implements Builtin {
    private static final Signature SIGNATURE = new Signature("class_objective", List.of(Param.required("subset"),
            Param.required("closeness"), Param.required("icm"), Param.required("gamma")), Signature.Binding.MIXED);

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public String doc() {
        return "CLASS's objective O (§6.3) of a subset of label indices, given closeness values and a label matrix";
    }

    @Override
    public String example() {
        return "class_objective([0, 2], [0.1, 0.4, 0.2], [[1, 0.5, 0], [0.5, 1, 0], [0, 0, 1]], 0.5)";
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        ClassInputs.check(args, ctx);
        return Type.NUMBER;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        double[] closeness = ClassInputs.vector(args.expr("closeness"), ctx);
        List<Integer> subset = new ArrayList<>();
        for (double v : ClassInputs.vector(args.expr("subset"), ctx)) {
            subset.add(ClassInputs.labelIndex(args.expr("subset"), v, closeness.length));
        }
        return ClassSubset.objective(subset, closeness, ClassInputs.matrix(args.expr("icm"), ctx), args.number("gamma"));
    }
}
