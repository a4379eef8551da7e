package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.value.EvalException;
import dev.atk.value.Values;
import dev.atk.limits.Limits;
import dev.atk.select.ClassSubset;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code class_subset(closeness, icm, n, gamma=0, branches=4, depth=4, normalize_z=false)}: CLASS's branching
 * selection (ALGORITHMS.md §6.3) on explicit inputs, the label indices in insertion order. For inspecting and teaching
 * what CLASS picks.
 */
final class ClassSubsetFunction implements Builtin {
    private static final Signature SIGNATURE = new Signature("class_subset", List.of(Param.required("closeness"),
            Param.required("icm"), Param.required("n"), Param.optional("gamma", 0.0), Param.optional("branches", 4.0),
            Param.optional("depth", 4.0), Param.optional("normalize_z", false)), Signature.Binding.MIXED);

    /**
     * The most work one call may do, in {@link ClassSubset#work} units (about a second): it runs while a script is
     * checked and planned, where no progress is shown.
     */
    private static final double MAX_WORK = 2e8;

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public String doc() {
        return "CLASS's branching selection (§6.3) on a closeness list and a label matrix: label indices in insertion order";
    }

    @Override
    public String example() {
        return "class_subset([0.1, 0.4, 0.2], [[1, 0.5, 0], [0.5, 1, 0], [0, 0, 1]], 2, gamma=0.5)";
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        ClassInputs.check(args, ctx);
        return Type.LIST;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        double[] closeness = ClassInputs.vector(args.expr("closeness"), ctx);
        double[][] icm = ClassInputs.matrix(args.expr("icm"), ctx);
        if (icm.length != closeness.length || Arrays.stream(icm).anyMatch(r -> r.length != closeness.length)) {
            throw new EvalException(args.expr("icm").span(), "icm must be a " + closeness.length + "×" + closeness.length
                    + " matrix (a list of rows), one row and column per closeness value");
        }
        double branches = args.number("branches");
        double depth = args.number("depth");
        ClassSubset.treeProblem(branches, depth).ifPresent(p -> {
            throw new EvalException(c.span(), p);
        });
        double n = Math.min(args.number("n"), closeness.length);
        double work = ClassSubset.work(closeness.length, n, branches, depth);
        if (work > MAX_WORK) {
            throw new EvalException(c.span(), "class_subset on " + closeness.length + " labels with n="
                    + Values.format(n) + " would score about " + Limits.count(Math.rint(work)) + " label sets; "
                    + "here it may score at most " + Limits.count(MAX_WORK));
        }
        ClassSubset.Options options = new ClassSubset.Options(args.number("gamma"), (int) branches, (int) depth,
                args.bool("normalize_z"));
        List<Object> out = new ArrayList<>();
        Runnable checkpoint = ctx.cancellation()::checkpoint; // Ctrl-C reaches the tree search
        for (int label : ClassSubset.select(closeness, icm, (int) args.number("n"), options, checkpoint)) {
            out.add((double) label);
        }
        return out;
    }
}
