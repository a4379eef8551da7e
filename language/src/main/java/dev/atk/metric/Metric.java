package dev.atk.metric;

import dev.atk.metric.LabelGoal;
import dev.atk.metric.LabelMetrics;
import dev.atk.result.ResultRecord;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The built-in per-record numbers a report summarises, and which direction of each is "best". */
public enum Metric implements Measure {
    FLIPS("flips", true, r -> r.flips()),
    /**
     * Mean confidence in the direction of each label's target (mirrored as in Figs. 10–11, see
     * {@link TargetConfidence}); {@code as chart} draws the histograms before and after instead of a curve.
     */
    CONFIDENCES("confidences", true, TargetConfidence::mean),
    // For the rest smaller is better: fewer iterations, a smaller perturbation (minimise-perturbation attacks), less time.
    ITERATIONS("iterations", false, r -> r.iterations()),
    LINF("linf", false, ResultRecord::linf),
    L2("l2", false, ResultRecord::l2),
    RMSD("rmsd", false, ResultRecord::rmsd),
    SECONDS("seconds", false, ResultRecord::seconds),
    // Against the objective (dev.atk.metric; max-flip when the record names none), per image.
    HAMMING_A("hamming_a", false, r -> LabelMetrics.hammingA(goal(r))),
    HAMMING_B("hamming_b", false, r -> LabelMetrics.hammingB(goal(r))),
    F1("f1", true, r -> LabelMetrics.f1(goal(r))),
    RANKING_LOSS("ranking_loss", false, r -> LabelMetrics.rankingLoss(goal(r))),
    AUC("auc", true, r -> LabelMetrics.auc(goal(r))),
    /** The mean over images of each image's label-ranking average precision against its target. */
    MAP("map", true, r -> LabelMetrics.averagePrecision(goal(r))),
    KENDALL("kendall", true, r -> LabelMetrics.kendallTauB(goal(r))),
    /** Positive labels in the adversarial prediction ("showing many labels", ALGORITHMS.md §11). */
    SHOWN("shown", true, r -> LabelMetrics.positives(goal(r))),
    /**
     * Success rate: the attack's own verdict when it records one (top-k attacks, show_many's count rule), else every
     * label the objective cares about reached its target. The mean over images is the ASR.
     */
    ASR("asr", true, r -> {
        double own = r.measure("success");
        return Double.isNaN(own) ? (LabelMetrics.reachedAll(goal(r)) ? 1 : 0) : own;
    }),
    /** TkML-AP's Pert (§9.6), averaged over successful images only (NaN elsewhere). */
    PERT("pert", false, r -> r.measure("pert")),
    /** Forward passes of the model on this image (a Jacobian's C rows count C). */
    QUERIES("queries", false, r -> r.measure("queries")),
    FR_1("fr_1", true, r -> r.measure("fr_1")),
    FR_2("fr_2", true, r -> r.measure("fr_2")),
    FR_3("fr_3", true, r -> r.measure("fr_3")),
    FR_4("fr_4", true, r -> r.measure("fr_4")),
    FR_5("fr_5", true, r -> r.measure("fr_5")),
    FR_10("fr_10", true, r -> r.measure("fr_10"));

    private final String keyword;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<ResultRecord> extractor;

    Metric(String keyword, boolean higherIsBetter, ToDoubleFunction<ResultRecord> extractor) {
        this.keyword = keyword;
        this.higherIsBetter = higherIsBetter;
        this.extractor = extractor;
    }

    @Override
    public String keyword() { return keyword; }

    @Override
    public boolean higherIsBetter() { return higherIsBetter; }

    @Override
    public double of(ResultRecord r) { return extractor.applyAsDouble(r); }

    @Override
    public String written() { return keyword; }

    /** The constant's name, as report digests have always carried it. */
    @Override
    public String canonical() { return name(); }

    private static LabelGoal goal(ResultRecord r) {
        return LabelGoal.of(r.target(), r.clean(), r.adversarial(), r.decisionThreshold());
    }

    /** {@code report flips} and {@code report results} both mean flips. */
    public static Optional<Metric> fromKeyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("results")) return Optional.of(FLIPS);
        for (Metric m : values()) if (m.keyword.equals(w)) return Optional.of(m);
        return Optional.empty();
    }
}
