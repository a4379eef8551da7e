package dev.atk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks a column's best cell when the t-test against the runner-up is significant (the paper's bold cells).
 * Only the top two are compared: "best" means better than everything else, and the runner-up is the hardest
 * rival to beat, so beating it significantly is what the bold claims.
 */
final class BestMarker {
    private BestMarker() {}

    /** Returns the column with the top cell carrying its test; entries may be null (attack not run there). */
    static List<Cell> mark(List<Cell> column, ReportOptions options) {
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            Cell c = column.get(i);
            if (c != null && !Double.isNaN(c.mean())) ranked.add(i);
        }
        if (ranked.size() < 2) return column;   // a single attack has nothing to be best against
        Comparator<Integer> byMean = Comparator.comparingDouble(i -> column.get(i).mean());
        ranked.sort(options.metric().higherIsBetter() ? byMean.reversed() : byMean);   // stable: ties keep row order
        Cell top = column.get(ranked.get(0)), runnerUp = column.get(ranked.get(1));
        TTestResult result = compare(top, runnerUp, options.test());
        // A tie for first has no best, whatever the test says.
        boolean marked = top.mean() != runnerUp.mean() && result.significant(options.alpha());
        List<Cell> out = new ArrayList<>(column);
        out.set(ranked.get(0), top.withTest(result, marked));
        return out;
    }

    /** Paired: on the images both cells share, matched by item id. Independent: on all images of each. */
    static TTestResult compare(Cell a, Cell b, TTestKind kind) {
        if (!kind.isPaired()) return kind.test(toArray(a.values().values()), toArray(b.values().values()));
        List<Double> xa = new ArrayList<>(), xb = new ArrayList<>();
        a.values().forEach((item, v) -> {
            Double w = b.values().get(item);
            if (w != null) { xa.add(v); xb.add(w); }
        });
        return kind.test(toArray(xa), toArray(xb));
    }

    private static double[] toArray(java.util.Collection<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
