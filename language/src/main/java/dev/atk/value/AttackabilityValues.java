package dev.atk.value;

import dev.atk.metric.Association;
import dev.atk.spi.AttackabilityResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The members of an {@code attackability(...)} value and the summary {@code print} shows: the per-label flip rates
 * and their association with the label's mean confidence and frequency, as Pearson's r and Spearman's ρ
 * (ALGORITHMS.md §7.6: the paper says Pearson, the code computes Spearman; both are given).
 */
public final class AttackabilityValues {
    public static final List<String> MEMBERS = List.of("flip_rate", "mean_flip_rate", "attempts", "confidence",
            "frequency", "pearson_confidence", "spearman_confidence", "pearson_frequency", "spearman_frequency");

    private AttackabilityValues() {}

    public static Object member(AttackabilityResult a, String name) {
        return switch (name) {
            case "flip_rate" -> list(a.flipRate());
            case "mean_flip_rate" -> meanFlipRate(a);
            case "attempts" -> list(Arrays.stream(a.attempts()).asDoubleStream().toArray());
            case "confidence" -> list(a.meanConfidence());
            case "frequency" -> list(a.frequency());
            case "pearson_confidence" -> Association.pearson(a.flipRate(), a.meanConfidence());
            case "spearman_confidence" -> Association.spearman(a.flipRate(), a.meanConfidence());
            case "pearson_frequency" -> Association.pearson(a.flipRate(), a.frequency());
            case "spearman_frequency" -> Association.spearman(a.flipRate(), a.frequency());
            default -> null;
        };
    }

    /** Flips over attempts, all labels pooled. */
    public static double meanFlipRate(AttackabilityResult a) {
        int attempts = Arrays.stream(a.attempts()).sum();
        return attempts == 0 ? Double.NaN : (double) Arrays.stream(a.flipped()).sum() / attempts;
    }

    private static List<Object> list(double[] v) {
        List<Object> out = new ArrayList<>();
        for (double x : v) {
            out.add(x);
        }
        return out;
    }

    public static String describe(AttackabilityResult a) {
        double[] rate = a.flipRate();
        return String.format(Locale.ROOT, "attackability flip-%s, eps %s, %d attacks over %d labels: mean flip rate "
                        + "%.3f; vs mean confidence: Pearson r %.3f, Spearman ρ %.3f; vs frequency in %s: Pearson r "
                        + "%.3f, Spearman ρ %.3f (%d labels with attempts)", a.direction(), Values.format(a.eps()),
                Arrays.stream(a.attempts()).sum(), a.labels(), meanFlipRate(a),
                Association.pearson(rate, a.meanConfidence()), Association.spearman(rate, a.meanConfidence()),
                a.frequencySource(), Association.pearson(rate, a.frequency()),
                Association.spearman(rate, a.frequency()), Association.pairs(rate, a.meanConfidence()));
    }
}
