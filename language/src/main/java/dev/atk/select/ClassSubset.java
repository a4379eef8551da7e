package dev.atk.select;

import dev.atk.diag.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CLASS subset selection (ALGORITHMS.md §6.3), as the reference {@code generate_subset} computes it: a root at the
 * label closest to the threshold, then, one label at a time, a look-ahead tree of {@code branches} children per node
 * and {@code depth} levels, scored by γ·Z + (1−γ)·ĉ; the first step of the best leaf (by the objective O, first leaf
 * wins ties) is committed.
 *
 * <p>Faithful choices: Z is the raw correlation sum to and from the set (the paper's Z/Z_max normalisation is
 * commented out in the code; {@code normalizeZ} turns it on), ties among equal scores go to the higher label index
 * (a stable ascending sort taken from the end), and the objective's double sum includes the diagonal.
 * Fixes of plain crashes: all-zero closeness gives ĉ = 0 (the reference divides by zero), and when no leaf has a
 * positive objective the first leaf is taken (the reference dereferences None).
 */
public final class ClassSubset {
    private ClassSubset() {}

    /**
     * The most leaves one look-ahead tree may have. The tree is built level by level in memory with
     * {@code branches^depth} leaves, so 16^8 (within each parameter's own range) would need billions; 16^4 and 4^8
     * are allowed, the paper's 4^4 has 256.
     */
    public static final double MAX_LEAVES = 65_536;

    /** How to fix a tree {@link #treeProblem} refuses. */
    public static final String TREE_HINT = "fewer branches or a shallower tree: branches^depth ≤ 65,536 (the paper uses 4 and 4)";

    /** Why a tree of {@code branches} children per node and {@code depth} levels is too large, if it is. */
    public static Optional<String> treeProblem(double branches, double depth) {
        double leaves = Math.pow(branches, depth);
        if (leaves > MAX_LEAVES) {
            return Optional.of("a look-ahead tree with branches=" + NumberText.format(branches) + " and depth="
                    + NumberText.format(depth) + " has " + String.format("%,.0f", leaves) + " leaves; CLASS builds at most "
                    + String.format("%,d", (long) MAX_LEAVES));
        }
        return Optional.empty();
    }

    /**
     * About how many label sets {@link #select} scores for {@code n} of {@code labels} labels: one tree of up to
     * {@code branches^depth} leaves per added label, each leaf ranked over the labels and scored over the set's pairs.
     */
    public static double work(double labels, double n, double branches, double depth) {
        double steps = Math.max(0, Math.min(n, labels) - 1);
        return steps * Math.pow(branches, Math.min(depth, steps)) * (labels + n * n);
    }

    /** The selection's parameters: γ ∈ [0,1] weighs correlation against closeness. */
    public record Options(double gamma, int branches, int depth, boolean normalizeZ) {
        public Options {
            if (branches < 1 || depth < 1) {
                throw new IllegalArgumentException("branches and depth must be at least 1, not " + branches + " and " + depth);
            }
            treeProblem(branches, depth).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }

        public static Options paper(double gamma) {
            return new Options(gamma, 4, 4, false);
        }
    }

    /**
     * Selects {@code n} labels.
     *
     * @param closeness c_i = 0.5 − |P_i − 0.5| per label (larger = closer to the threshold); normalised to ĉ = c/max
     * @param icm the C×C instance correlation matrix (§5.4)
     * @return label indices in insertion order ({@code [root]} when n ≤ 1)
     */
    public static List<Integer> select(double[] closeness, double[][] icm, int n, Options options) {
        return select(closeness, icm, n, options, () -> { });
    }

    /**
     * {@link #select}, calling {@code checkpoint} at each tree node: the caller's way to stop a long search (it throws
     * to cancel).
     */
    public static List<Integer> select(double[] closeness, double[][] icm, int n, Options options, Runnable checkpoint) {
        int labels = closeness.length;
        if (icm.length != labels) {
            throw new IllegalArgumentException("the correlation matrix has " + icm.length + " rows for " + labels + " labels");
        }
        for (double[] row : icm) {
            if (row.length != labels) {
                throw new IllegalArgumentException("the correlation matrix must be " + labels + "×" + labels);
            }
        }
        double[] c = normalised(closeness);
        List<Integer> subset = new ArrayList<>();
        subset.add(lastMax(c));
        int size = Math.min(n, labels);
        while (subset.size() < size) {
            int depth = Math.min(options.depth(), size - subset.size());
            List<List<Integer>> leaves = new ArrayList<>();
            leaves.add(List.of());
            for (int level = 0; level < depth; level++) {
                List<List<Integer>> children = new ArrayList<>();
                for (List<Integer> added : leaves) {
                    checkpoint.run();
                    List<Integer> set = new ArrayList<>(subset);
                    set.addAll(added);
                    for (int label : ranking(set, c, icm, options)) {
                        List<Integer> child = new ArrayList<>(added);
                        child.add(label);
                        children.add(child);
                    }
                }
                leaves = children;
            }
            List<Integer> best = null;
            double bestValue = 0;
            for (List<Integer> leaf : leaves) {
                List<Integer> set = new ArrayList<>(subset);
                set.addAll(leaf);
                double v = objectiveOfNormalised(set, c, icm, options.gamma());
                if (v > bestValue) {
                    best = leaf;
                    bestValue = v;
                }
            }
            subset.add((best != null ? best : leaves.get(0)).get(0));
        }
        return subset;
    }

    /** O(S) = γ·Σ_{a,b∈S} ICM[a,b] + (1−γ)·Σ_{a∈S} ĉ_a, with ĉ = |c|/max|c| (§6.3). */
    public static double objective(List<Integer> subset, double[] closeness, double[][] icm, double gamma) {
        return objectiveOfNormalised(subset, normalised(closeness), icm, gamma);
    }

    private static double objectiveOfNormalised(List<Integer> subset, double[] c, double[][] icm, double gamma) {
        double correlation = 0;
        double close = 0;
        for (int a : subset) {
            close += c[a];
            for (int b : subset) {
                correlation += icm[a][b];
            }
        }
        return gamma * correlation + (1 - gamma) * close;
    }

    /** The best {@code branches} labels not yet in {@code set}, best first. */
    private static List<Integer> ranking(List<Integer> set, double[] c, double[][] icm, Options options) {
        int labels = c.length;
        double[] z = new double[labels];
        for (int j = 0; j < labels; j++) {
            for (int l : set) {
                z[j] += icm[j][l] + icm[l][j];
            }
        }
        if (options.normalizeZ()) {
            double max = 0;
            for (double v : z) {
                max = Math.max(max, v);
            }
            if (max > 0) {
                for (int j = 0; j < labels; j++) {
                    z[j] /= max;
                }
            }
        }
        double[] score = new double[labels];
        for (int j = 0; j < labels; j++) {
            score[j] = options.gamma() * z[j] + (1 - options.gamma()) * c[j];
        }
        // A stable ascending sort read from the end: the highest score first, ties to the higher label index.
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < labels; j++) {
            if (!set.contains(j)) {
                order.add(j);
            }
        }
        order.sort((a, b) -> Double.compare(score[a], score[b]));
        List<Integer> best = new ArrayList<>();
        for (int k = 0; k < Math.min(options.branches(), order.size()); k++) {
            best.add(order.get(order.size() - 1 - k));
        }
        return best;
    }

    private static double[] normalised(double[] closeness) {
        double max = 0;
        for (double v : closeness) {
            max = Math.max(max, Math.abs(v));
        }
        double[] c = new double[closeness.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = max == 0 ? 0 : Math.abs(closeness[i]) / max;
        }
        return c;
    }

    /** Index of the maximum; among equal maxima the last (the reference's ascending argsort read from the end). */
    private static int lastMax(double[] c) {
        int best = 0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] >= c[best]) {
                best = i;
            }
        }
        return best;
    }
}
