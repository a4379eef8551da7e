package dev.atk.report;

import dev.atk.metric.Measure;
import dev.atk.metric.Metric;
import java.util.Objects;

/**
 * What a report summarises and how it decides the marked cells.
 *
 * @param metric the per-record number (flips by default; a built-in metric or the script's own)
 * @param test the t-test against the runner-up (paired by default)
 * @param alpha the significance level (0.05, as the paper)
 */
public record ReportOptions(Measure metric, TTestKind test, double alpha) {
    public static final ReportOptions DEFAULT = new ReportOptions(Metric.FLIPS, TTestKind.PAIRED, 0.05);

    public ReportOptions {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(test, "test");
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must lie in (0, 1): " + alpha);
    }

    public static ReportOptions of(Measure metric) {
        return new ReportOptions(metric, TTestKind.PAIRED, 0.05);
    }

    public ReportOptions withTest(TTestKind kind) { return new ReportOptions(metric, kind, alpha); }

    public ReportOptions withAlpha(double a) { return new ReportOptions(metric, test, a); }
}
