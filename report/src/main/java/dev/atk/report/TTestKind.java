package dev.atk.report;

import java.util.Locale;
import java.util.Optional;

/**
 * Which t-test decides whether the best cell of a column is marked. The paper says only "significant per t-test
 * with α = 0.05" and ships no code (ALGORITHMS.md §7.5), so the choice is an option and every table names it.
 */
public enum TTestKind {
    /** On the images both attacks share; the default, since every attack in a run sees the same images. */
    PAIRED("paired", "paired t-test"),
    /** Unequal variances, Welch–Satterthwaite df. */
    WELCH("welch", "Welch t-test"),
    /** Pooled variance: scipy's {@code ttest_ind} default. */
    POOLED("pooled", "independent t-test (pooled variance)");

    private final String keyword;
    private final String description;

    TTestKind(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    public String keyword() { return keyword; }

    /** Words for the table footer. */
    public String description() { return description; }

    /** Whether the samples are matched by image (the caller passes aligned arrays). */
    public boolean isPaired() { return this == PAIRED; }

    public TTestResult test(double[] a, double[] b) {
        return switch (this) {
            case PAIRED -> PairedTTest.test(a, b);
            case WELCH -> WelchTTest.test(a, b);
            case POOLED -> PooledTTest.test(a, b);
        };
    }

    public static Optional<TTestKind> fromKeyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (TTestKind k : values()) if (k.keyword.equals(w)) return Optional.of(k);
        return Optional.empty();
    }
}
