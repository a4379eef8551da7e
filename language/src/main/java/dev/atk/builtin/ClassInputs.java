package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.diag.Messages;
import dev.atk.value.EvalException;
import dev.atk.value.Values;
import dev.atk.syntax.Expr;
import dev.atk.select.ClassSubset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit inputs of {@code class_subset} and {@code class_objective}: a list of closeness values, a matrix written
 * as a list of rows, a subset of label indices and CLASS's numeric options. One place types them for the checker and
 * reads them for the evaluator.
 */
final class ClassInputs {
    private ClassInputs() {}

    /** The type rule of every argument both functions take, by parameter name; and the look-ahead tree's size. */
    static void check(Map<String, Expr> args, CheckContext ctx) {
        types(args, ctx);
        if (!args.containsKey("branches") && !args.containsKey("depth")) {
            return; // the defaults, 4 and 4, are fine
        }
        Optional<Double> branches = args.containsKey("branches") ? ctx.constantNumber(args.get("branches")) : Optional.of(4.0);
        Optional<Double> depth = args.containsKey("depth") ? ctx.constantNumber(args.get("depth")) : Optional.of(4.0);
        if (branches.isPresent() && depth.isPresent()) {
            ClassSubset.treeProblem(branches.get(), depth.get()).ifPresent(p -> ctx.error(
                    args.getOrDefault("branches", args.get("depth")).span(), p,
                    ClassSubset.TREE_HINT));
        }
    }

    private static void types(Map<String, Expr> args, CheckContext ctx) {
        args.forEach((name, v) -> {
            switch (name) {
                case "closeness", "icm", "subset" -> {
                    Type t = ctx.typeOf(v);
                    if (t != Type.LIST && t != Type.ANY) {
                        ctx.error(v.span(), Messages.wrongType("a list", t.description()));
                    }
                }
                case "normalize_z" -> ctx.expect(v, Type.BOOL);
                default -> {
                    ctx.expect(v, Type.NUMBER);
                    ctx.constantNumber(v).ifPresent(x -> {
                        if (name.equals("gamma") && (x < 0 || x > 1)) {
                            ctx.error(v.span(), Messages.outOfRange("gamma", x, "[0, 1]"));
                        } else if (!name.equals("gamma") && (x < (name.equals("n") ? 0 : 1) || x != Math.rint(x))) {
                            ctx.error(v.span(), Messages.notANaturalNumber(name, x, !name.equals("n")));
                        }
                    });
                }
            }
        });
    }

    static double[] vector(Expr e, EvalContext ctx) {
        Object v = ctx.resolved(ctx.eval(e));
        if (!(v instanceof List<?> l)) {
            throw new EvalException(e.span(), "expected a list of numbers, found " + Values.typeName(v));
        }
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(ctx.resolved(l.get(i)) instanceof Double d)) {
                throw new EvalException(e.span(), "expected a list of numbers; element " + (i + 1) + " is "
                        + Values.typeName(l.get(i)));
            }
            out[i] = d;
        }
        return out;
    }

    static double[][] matrix(Expr e, EvalContext ctx) {
        Object v = ctx.resolved(ctx.eval(e));
        if (!(v instanceof List<?> rows)) {
            throw new EvalException(e.span(), "expected a matrix (a list of rows), found " + Values.typeName(v));
        }
        double[][] out = new double[rows.size()][];
        for (int r = 0; r < out.length; r++) {
            if (!(rows.get(r) instanceof List<?> row)) {
                throw new EvalException(e.span(), "expected a matrix (a list of rows); row " + (r + 1) + " is "
                        + Values.typeName(rows.get(r)));
            }
            out[r] = new double[row.size()];
            for (int k = 0; k < row.size(); k++) {
                if (!(ctx.resolved(row.get(k)) instanceof Double d)) {
                    throw new EvalException(e.span(), "expected numbers in the matrix; row " + (r + 1) + " has "
                            + Values.typeName(row.get(k)));
                }
                out[r][k] = d;
            }
        }
        return out;
    }

    static int labelIndex(Expr at, double v, int labels) {
        if (v != Math.rint(v) || v < 0 || v >= labels) {
            throw new EvalException(at.span(), "a subset holds label indices 0.." + (labels - 1) + ", not " + Values.format(v));
        }
        return (int) v;
    }
}
