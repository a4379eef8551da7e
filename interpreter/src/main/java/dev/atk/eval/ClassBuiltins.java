package dev.atk.eval;

import dev.atk.select.ClassSubset;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code class_subset(...)} and {@code class_objective(...)}: CLASS's selection and objective (ALGORITHMS.md §6.3) on
 * explicit inputs, a list of closeness values and a matrix written as a list of rows.
 */
final class ClassBuiltins {
    private final Evaluator evaluator;
    private final Map<String, Object> env;
    private final Evaluator.Context ctx;

    ClassBuiltins(Evaluator evaluator, Map<String, Object> env, Evaluator.Context ctx) {
        this.evaluator = evaluator;
        this.env = env;
        this.ctx = ctx;
    }

    /** {@code class_subset(...)}: CLASS's selection (ALGORITHMS.md §6.3) on explicit inputs, indices in insertion order. */
    Object subset(Expr.Call c) {
        BuiltinSignature sig = BuiltinSignature.CLASS_SUBSET;
        Map<String, Expr> a = sig.bind(c);
        double[] closeness = vector(a.get("closeness"));
        double[][] icm = matrix(a.get("icm"));
        if (icm.length != closeness.length || java.util.Arrays.stream(icm).anyMatch(r -> r.length != closeness.length)) {
            throw new EvalException(a.get("icm").span(), "icm must be a " + closeness.length + "×" + closeness.length
                    + " matrix (a list of rows), one row and column per closeness value");
        }
        double gamma = a.containsKey("gamma") ? evaluator.number(a.get("gamma"), env, ctx) : (Double) sig.defaults().get("gamma");
        int branches = (int) (a.containsKey("branches") ? evaluator.number(a.get("branches"), env, ctx) : (Double) sig.defaults().get("branches"));
        int depth = (int) (a.containsKey("depth") ? evaluator.number(a.get("depth"), env, ctx) : (Double) sig.defaults().get("depth"));
        boolean normalizeZ = a.containsKey("normalize_z") && Boolean.TRUE.equals(evaluator.resolved(evaluator.eval(a.get("normalize_z"), env, ctx), ctx));
        int n = (int) evaluator.number(a.get("n"), env, ctx);
        List<Object> out = new ArrayList<>();
        for (int label : ClassSubset.select(closeness, icm, n, new ClassSubset.Options(gamma, branches, depth, normalizeZ))) {
            out.add((double) label);
        }
        return out;
    }

    private double[] vector(Expr e) {
        Object v = evaluator.resolved(evaluator.eval(e, env, ctx), ctx);
        if (!(v instanceof List<?> l)) {
            throw new EvalException(e.span(), "expected a list of numbers, found " + Values.typeName(v));
        }
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(evaluator.resolved(l.get(i), ctx) instanceof Double d)) {
                throw new EvalException(e.span(), "expected a list of numbers; element " + (i + 1) + " is "
                        + Values.typeName(l.get(i)));
            }
            out[i] = d;
        }
        return out;
    }

    private double[][] matrix(Expr e) {
        Object v = evaluator.resolved(evaluator.eval(e, env, ctx), ctx);
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
                if (!(evaluator.resolved(row.get(k), ctx) instanceof Double d)) {
                    throw new EvalException(e.span(), "expected numbers in the matrix; row " + (r + 1) + " has "
                            + Values.typeName(row.get(k)));
                }
                out[r][k] = d;
            }
        }
        return out;
    }

    private static int labelIndex(Expr at, double v, int labels) {
        if (v != Math.rint(v) || v < 0 || v >= labels) {
            throw new EvalException(at.span(), "a subset holds label indices 0.." + (labels - 1) + ", not " + Values.format(v));
        }
        return (int) v;
    }

    /** {@code class_objective(subset, closeness, icm, gamma)}: O of a given subset. */
    Object objective(Expr.Call c) {
        Map<String, Expr> a = BuiltinSignature.CLASS_OBJECTIVE.bind(c);
        double[] closeness = vector(a.get("closeness"));
        List<Integer> subset = new ArrayList<>();
        for (double v : vector(a.get("subset"))) {
            subset.add(labelIndex(a.get("subset"), v, closeness.length));
        }
        return ClassSubset.objective(subset, closeness, matrix(a.get("icm")), evaluator.number(a.get("gamma"), env, ctx));
    }
}
