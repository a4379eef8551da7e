package dev.atk.exec;

import dev.atk.chart.BarChart;
import dev.atk.chart.Chart;
import dev.atk.chart.Figure;
import dev.atk.chart.Heatmap;
import dev.atk.chart.Histogram;
import dev.atk.chart.HistogramScale;
import dev.atk.chart.LineChart;
import dev.atk.chart.Series;
import dev.atk.chart.SeriesStyle;
import dev.atk.chart.SortOrder;
import dev.atk.report.ArgumentSweep;
import dev.atk.report.Association;
import dev.atk.report.ChartSeries;
import dev.atk.report.FlipsTable;
import dev.atk.report.TargetConfidence;
import dev.atk.result.ResultRecord;
import dev.atk.select.LabelCorrelations;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ProfileResult;
import java.util.List;
import java.util.Locale;

/**
 * The charts {@code report … as chart} draws (LANGUAGE.md "Reports"): a metric against the budget per attack with
 * ±std error bars, a profile's measurements with its fitted polynomial, a correlation matrix next to the data's label
 * co-occurrence, and per-label attackability bars.
 */
final class ChartReports {
    private ChartReports() {}

    /** Mean ± population std of the table's metric per attack (one series per row), one tick per budget. */
    static Chart metric(FlipsTable table, String metric) {
        List<ChartSeries> series = ChartSeries.of(table);
        double[] ticks = series.stream().flatMap(s -> s.points().stream()).mapToDouble(ChartSeries.Point::budget)
                .distinct().sorted().toArray();
        String[] labels = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            labels[i] = String.format(Locale.ROOT, "%.4g", ticks[i]);
        }
        LineChart.Builder b = LineChart.builder().title(metric + " vs budget").xLabel("budget ε")
                .yLabel("mean " + metric + " per image (± std)");
        if (ticks.length > 0) {
            b.xTicks(ticks, labels).logX(ticks[0] > 0 && ticks[ticks.length - 1] / ticks[0] > 8);
        }
        for (ChartSeries s : series) {
            double[] x = s.points().stream().mapToDouble(ChartSeries.Point::budget).toArray();
            double[] y = s.points().stream().mapToDouble(ChartSeries.Point::mean).toArray();
            double[] e = s.points().stream().mapToDouble(ChartSeries.Point::std).toArray();
            b.series(Series.of(s.attack(), SeriesStyle.LINE_AND_MARKERS, x, y, e));
        }
        return b.build();
    }

    /**
     * Figs. 10–11: per attack, histograms of the target-directed confidences of every label of every image, clean and
     * after the attack at its smallest and largest budget (one budget if it ran at one). Bars are fractions of all
     * labels, so mass right of 0.5 is the share of labels flipped.
     */
    static Chart confidences(List<ResultRecord> records) {
        java.util.Map<String, List<ResultRecord>> byAttack = new java.util.LinkedHashMap<>();
        for (ResultRecord r : records) {
            byAttack.computeIfAbsent(r.attack(), k -> new java.util.ArrayList<>()).add(r);
        }
        Figure.Builder figure = Figure.builder().columns(Math.min(3, byAttack.size())).panelLetters(byAttack.size() > 1)
                .title("Confidence toward each label's target (1 − P where the clean prediction is positive)");
        byAttack.forEach((attack, rs) -> {
            double[] budgets = rs.stream().mapToDouble(ResultRecord::budget).filter(b -> !Double.isNaN(b)).distinct()
                    .sorted().toArray();
            Histogram.Builder h = Histogram.builder().title(attack).binEdges(TargetConfidence.BIN_EDGES)
                    .scale(HistogramScale.FRACTION).xLabel("confidence toward target").yLabel("share of labels")
                    .size(560, 400);
            double first = budgets.length > 0 ? budgets[0] : Double.NaN;
            h.series("clean", TargetConfidence.histogram(at(rs, first), false));
            for (double b : budgets.length > 1 ? new double[] {budgets[0], budgets[budgets.length - 1]} : budgets) {
                h.series("ε = " + String.format(Locale.ROOT, "%.4g", b), TargetConfidence.histogram(at(rs, b), true));
            }
            if (budgets.length == 0) {
                h.series("adversarial", TargetConfidence.histogram(rs, true));
            }
            figure.add(h.build());
        });
        return figure.build();
    }

    private static List<ResultRecord> at(List<ResultRecord> records, double budget) {
        return records.stream().filter(r -> Double.isNaN(budget) || Double.compare(r.budget(), budget) == 0).toList();
    }

    /**
     * The metric against an attack argument ({@code set chart_x = "n"}), one line per budget with ±std error bars:
     * Fig. 7's flips against the number of targeted labels.
     */
    static Chart sweep(List<ResultRecord> records, dev.atk.report.Metric metric, String argument) {
        List<ArgumentSweep.Curve> curves = ArgumentSweep.of(records, metric, argument);
        if (curves.isEmpty()) {
            throw new AtkRuntimeException("chart_x = \"" + argument + "\": no attack in this report has a numeric "
                    + "argument '" + argument + "' (set chart_x = \"budget\" for the usual chart)");
        }
        LineChart.Builder b = LineChart.builder().title(metric.keyword() + " vs " + argument)
                .xLabel(argument).yLabel("mean " + metric.keyword() + " per image (± std)");
        for (ArgumentSweep.Curve c : curves) {
            b.series(Series.of("ε = " + String.format(Locale.ROOT, "%.4g", c.budget()), SeriesStyle.LINE_AND_MARKERS,
                    c.x(), c.mean(), c.std()));
        }
        return b.build();
    }

    /** The probe's mean flips per budget (markers) and the fitted E(ε) (line), with eps_max marked (§4). */
    static Chart profile(ProfileResult p) {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p.epsMax() * i / (n - 1);
            y[i] = p.estimate(x[i]);
        }
        LineChart.Builder b = LineChart.builder()
                .title(String.format(Locale.ROOT, "Profile: flips vs budget (C = %d, eps_max = %.4g)", p.labels(),
                        p.epsMax()))
                .xLabel("budget ε").yLabel("mean flips per image")
                .series(Series.of("fitted E(ε), degree " + (p.coefficients().length - 1), SeriesStyle.LINE, x, y))
                .referenceLine(p.epsMax(), "eps_max");
        if (p.epsilons() != null && p.flipsBce() != null) {
            b.series(Series.of("BCE probe (" + p.samples() + " images)", SeriesStyle.MARKERS, p.epsilons(), p.flipsBce()));
        }
        if (p.epsilons() != null && p.flipsLinear() != null) {
            b.series(Series.of("linear probe", SeriesStyle.MARKERS, p.epsilons(), p.flipsLinear()));
        }
        return b.build();
    }

    /** The raw matrix (diverging at 0) and its min–max normalisation beside the data's co-occurrence (Fig. 5). */
    static Chart correlations(CorrelationResult c, List<String> labels, DataHandle data) {
        double max = 0;
        for (double[] row : c.raw()) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        Heatmap raw = Heatmap.builder().title("Flip-" + c.direction() + " correlations (ε = "
                        + dev.atk.eval.Values.format(c.eps()) + ")").values(c.raw()).labels(labels).diverging(0)
                .range(-Math.max(max, 1e-9), Math.max(max, 1e-9)).colorBarLabel("mean Δ confidence").build();
        Heatmap normalized = Heatmap.builder().title("Normalised (§5.3), as CLASS uses it")
                .values(LabelCorrelations.normalized(c.raw())).labels(labels).range(0, 1).colorBarLabel("Fn").build();
        Heatmap cooccurrence = Heatmap.builder().title("Data: co-occurrence in " + data.name())
                .values(cooccurrence(data, c.labels())).labels(labels).range(0, 1)
                .colorBarLabel("P(both | either)").build();
        return Figure.builder().title("Label correlations of the model and of the data").columns(3).panelLetters(true)
                .add(raw, normalized, cooccurrence).build();
    }

    /** Jaccard co-occurrence |a ∧ b| / |a ∨ b| over every item of the data (1 on the diagonal of present labels). */
    static double[][] cooccurrence(DataHandle data, int labels) {
        double[][] both = new double[labels][labels];
        double[] count = new double[labels];
        for (int i = 0; i < data.size(); i++) {
            int[] t = data.groundTruth(i);
            for (int a = 0; a < labels; a++) {
                if (t[a] == 1) {
                    count[a]++;
                    for (int b = 0; b < labels; b++) {
                        both[a][b] += t[b];
                    }
                }
            }
        }
        double[][] out = new double[labels][labels];
        for (int a = 0; a < labels; a++) {
            for (int b = 0; b < labels; b++) {
                double either = count[a] + count[b] - both[a][b];
                out[a][b] = either == 0 ? 0 : both[a][b] / either;
            }
        }
        return out;
    }

    /** Flip rate per label, highest first, with the associations in the title (§7.6, Table II / Fig. 4). */
    static Chart attackability(AttackabilityResult a, List<String> labels) {
        double[] rate = a.flipRate();
        BarChart.Builder b = BarChart.builder().title(String.format(Locale.ROOT,
                        "Attackability, flip-%s at ε = %s: vs confidence r = %.2f, ρ = %.2f; vs frequency r = %.2f, "
                                + "ρ = %.2f", a.direction(), dev.atk.eval.Values.format(a.eps()),
                        Association.pearson(rate, a.meanConfidence()), Association.spearman(rate, a.meanConfidence()),
                        Association.pearson(rate, a.frequency()), Association.spearman(rate, a.frequency())))
                .yLabel("share of attacked images where the label flipped").sort(SortOrder.DESCENDING);
        for (int l = 0; l < rate.length; l++) {
            if (!Double.isNaN(rate[l])) {
                b.bar(labels.get(l), rate[l]);
            }
        }
        return b.build();
    }
}
