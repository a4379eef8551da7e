package dev.atk.report;

import dev.atk.result.ResultRecord;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The per-record number a report summarises, and which direction of it is "best". */
public enum Metric {
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
    SECONDS("seconds", false, ResultRecord::seconds);

    private final String keyword;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<ResultRecord> extractor;

    Metric(String keyword, boolean higherIsBetter, ToDoubleFunction<ResultRecord> extractor) {
        this.keyword = keyword;
        this.higherIsBetter = higherIsBetter;
        this.extractor = extractor;
    }

    public String keyword() { return keyword; }

    public boolean higherIsBetter() { return higherIsBetter; }

    public double of(ResultRecord r) { return extractor.applyAsDouble(r); }

    /** {@code report flips} and {@code report results} both mean flips. */
    public static Optional<Metric> fromKeyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("results")) return Optional.of(FLIPS);
        for (Metric m : values()) if (m.keyword.equals(w)) return Optional.of(m);
        return Optional.empty();
    }
}
