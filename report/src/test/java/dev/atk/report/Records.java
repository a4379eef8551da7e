package dev.atk.report;

import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;

/** Test records: only the fields a report reads are meaningful. */
final class Records {
    private Records() {}

    static final Provenance PROVENANCE = new Provenance("s", "p", "m", 0, "v", "cpu", "faithful");

    static ResultRecord flips(String attack, String canonical, double budget, String label, String item, int flips) {
        return new ResultRecord("t/" + item + "/" + budget, "q2l", "coco", item, attack, canonical, budget, label,
                flips, 10 + flips, budget, 2 * budget, budget / 2, new float[0], new float[0], 0.25 * flips, PROVENANCE);
    }

    /** One attack at one budget over images i1, i2, ... with the given flips. */
    static List<ResultRecord> row(String attack, String canonical, double budget, String label, int... flips) {
        List<ResultRecord> out = new ArrayList<>();
        for (int i = 0; i < flips.length; i++) out.add(flips(attack, canonical, budget, label, "i" + (i + 1), flips[i]));
        return out;
    }

    static final String BCE = "mifgsm(loss=bce, targets=all, mu=1.0)";
    static final String LINEAR = "mifgsm(loss=linear, targets=all, mu=1.0)";
    static final String SLAM = "mifgsm(loss=slam(q=0.5), targets=all, mu=1.0)";

    /**
     * 3 attacks × 2 budgets × 4 images, logged larger budget first to show that columns sort by ε.
     * <pre>
     *                 ε = 0.01 (0.05·eps_max)   ε = 0.02 (0.1·eps_max)
     *   bce()         1 2 3 2  → 2.00 ± 0.71    3 5 4 4 → 4.00 ± 0.71     Total 6.00
     *   linear()      2 2 3 3  → 2.50 ± 0.50    6 4 5 7 → 5.50 ± 1.12     Total 8.00
     *   slam(q=0.5)   4 5 6 5  → 5.00 ± 0.71    5 6 6 6 → 5.75 ± 0.43     Total 10.75
     * </pre>
     * Best vs runner-up, paired: ε=0.01 slam−linear = 2,3,3,2 → t = 5√3, ν 3, p = 0.0032 (marked);
     * ε=0.02 slam−linear = −1,2,1,−1 → t = 1/3, p = 0.76 (not); Total 9,11,12,11 − 8,6,8,10 = 1,5,4,1 →
     * t = 2.668, p = 0.0758 (not).
     */
    static List<ResultRecord> paperLike() {
        List<ResultRecord> r = new ArrayList<>();
        r.addAll(row("bce()", BCE, 0.02, "0.1·eps_max", 3, 5, 4, 4));
        r.addAll(row("linear()", LINEAR, 0.02, "0.1·eps_max", 6, 4, 5, 7));
        r.addAll(row("slam(q=0.5)", SLAM, 0.02, "0.1·eps_max", 5, 6, 6, 6));
        r.addAll(row("bce()", BCE, 0.01, "0.05·eps_max", 1, 2, 3, 2));
        r.addAll(row("linear()", LINEAR, 0.01, "0.05·eps_max", 2, 2, 3, 3));
        r.addAll(row("slam(q=0.5)", SLAM, 0.01, "0.05·eps_max", 4, 5, 6, 5));
        return r;
    }
}
