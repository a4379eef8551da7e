package dev.atk.report;

import dev.atk.metric.Association;
import dev.atk.chart.BarPlot;
import dev.atk.chart.BudgetAxis;
import dev.atk.chart.Chart;
import dev.atk.chart.ColorRamp;
import dev.atk.chart.Figure;
import dev.atk.chart.HeatmapPlot;
import dev.atk.chart.HistogramPlot;
import dev.atk.chart.LinePlot;
import dev.atk.chart.SeriesStyle;
import dev.atk.chart.SignificantFormat;
import dev.atk.metric.TargetConfidence;
import dev.atk.result.ResultRecord;
import dev.atk.select.LabelCorrelations;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ProfileResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The charts {@code report … as chart} draws (LANGUAGE.md "Reports"): a metric against the budget per attack with
 * ±std error bars, a profile's measurements with its fitted polynomial, a correlation matrix next to the data's label
 * co-occurrence, and per-label attackability bars. Budgets asked for as fractions of a profile's eps_max are shown
 * as percent of eps_max ({@link BudgetAxis}), read from the records' budget labels.
 */
public final class ChartReports {
    private ChartReports() {}

    /** Mean ± population std of the table's metric per attack (one series per row). */
    public static Chart metric(FlipsTable table, String metric) {
        List<ChartSeries> series = ChartSeries.of(table);
        Map<Double, String> headers = new TreeMap<>();
        for (ChartSeries s : series) {
            s.points().forEach(p -> headers.putIfAbsent(p.budget(), p.header()));
        }
        double[] budgets = headers.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        BudgetAxis axis = BudgetAxis.of(budgets, new ArrayList<>(headers.values()));
        LinePlot.Builder b = LinePlot.builder().title(metric + " vs budget").xLabel(axis.title())
                .yLabel("mean " + metric + " per image (± std)");
        boolean wide = budgets.length > 0 && budgets[0] > 0 && budgets[budgets.length - 1] / budgets[0] > 8;
        if (wide && !axis.percentOfEpsMax()) {
            b.logX(budgets);
        } else {
            b.xFormat(new SignificantFormat(3));
        }
        boolean nonNegative = true;
        for (ChartSeries s : series) {
            double[] x = s.points().stream().mapToDouble(p -> axis.values()[java.util.Arrays.binarySearch(budgets,
                    p.budget())]).toArray();
            double[] y = s.points().stream().mapToDouble(ChartSeries.Point::mean).toArray();
            double[] e = s.points().stream().mapToDouble(ChartSeries.Point::std).toArray();
            nonNegative &= java.util.Arrays.stream(y).allMatch(v -> v >= 0 || Double.isNaN(v));
            b.series(s.attack(), SeriesStyle.LINE_AND_MARKERS, x, y, e);
        }
        return b.yFromZero(nonNegative).build();
    }

    /**
     * Figs. 10–11: per attack, histograms of the target-directed confidences of every label of every image, clean and
     * after the attack at its smallest and largest budget (one budget if it ran at one). Bars are fractions of all
     * labels, so mass right of 0.5 (the dashed line) is the share of labels flipped.
     */
    public static Chart confidences(List<ResultRecord> records) {
        Map<String, List<ResultRecord>> byAttack = new LinkedHashMap<>();
        for (ResultRecord r : records) {
            byAttack.computeIfAbsent(r.attack(), k -> new ArrayList<>()).add(r);
        }
        Figure.Builder figure = Figure.builder().columns(Math.min(2, byAttack.size()))
                .panelLetters(byAttack.size() > 1)
                .title("Confidence toward each label's target (1 − P where the clean prediction is positive)");
        byAttack.forEach((attack, rs) -> {
            double[] budgets = rs.stream().mapToDouble(ResultRecord::budget).filter(b -> !Double.isNaN(b)).distinct()
                    .sorted().toArray();
            HistogramPlot.Builder h = HistogramPlot.builder().title(attack).binEdges(TargetConfidence.BIN_EDGES)
                    .fractions(true).marker(0.5).xLabel("confidence toward target").yLabel("share of labels");
            double first = budgets.length > 0 ? budgets[0] : Double.NaN;
            h.series("clean", TargetConfidence.histogram(at(rs, first), false));
            for (double b : budgets.length > 1 ? new double[] {budgets[0], budgets[budgets.length - 1]} : budgets) {
                List<ResultRecord> atB = at(rs, b);
                h.series(BudgetAxis.legend(b, atB.get(0).budgetLabel()), TargetConfidence.histogram(atB, true));
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
     * Fig. 7's flips against the number of targeted labels. A whole-number argument gets whole-number ticks.
     */
    public static Chart sweep(List<ResultRecord> records, dev.atk.metric.Measure metric, String argument) {
        List<ArgumentSweep.Curve> curves = ArgumentSweep.of(records, metric, argument);
        if (curves.isEmpty()) {
            throw new AtkRuntimeException("chart_x = \"" + argument + "\": no attack in this report has a numeric "
                    + "argument '" + argument + "' (set chart_x = \"budget\" for the usual chart)");
        }
        LinePlot.Builder b = LinePlot.builder().title(metric.keyword() + " vs " + argument)
                .xLabel(argument).yLabel("mean " + metric.keyword() + " per image (± std)");
        boolean integers = true;
        boolean nonNegative = true;
        for (ArgumentSweep.Curve c : curves) {
            integers &= java.util.Arrays.stream(c.x()).allMatch(v -> v == Math.rint(v));
            nonNegative &= java.util.Arrays.stream(c.mean()).allMatch(v -> v >= 0 || Double.isNaN(v));
            String label = records.stream().filter(r -> Double.compare(r.budget(), c.budget()) == 0)
                    .map(ResultRecord::budgetLabel).findFirst().orElse("");
            b.series(BudgetAxis.legend(c.budget(), label), SeriesStyle.LINE_AND_MARKERS, c.x(), c.mean(), c.std());
        }
        return b.integerX(integers).yFromZero(nonNegative).build();
    }

    /** The probe's mean flips per budget (markers) and the fitted E(ε) (line), with eps_max marked (§4). */
    public static Chart profile(ProfileResult p) {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p.epsMax() * i / (n - 1);
            y[i] = p.estimate(x[i]);
        }
        LinePlot.Builder b = LinePlot.builder()
                .title(String.format(Locale.ROOT, "Profile: flips vs budget (C = %d, eps_max = %.3g)", p.labels(),
                        p.epsMax()))
                .xLabel("budget ε").yLabel("mean flips per image").xFormat(new SignificantFormat(3)).yFromZero(true)
                .series("fitted E(ε), degree " + (p.coefficients().length - 1), SeriesStyle.LINE, x, y, null)
                .referenceLine(p.epsMax(), "eps_max");
        if (p.epsilons() != null && p.flipsBce() != null) {
            b.series("BCE probe (" + p.samples() + " images)", SeriesStyle.MARKERS, p.epsilons(), p.flipsBce(), null);
        }
        if (p.epsilons() != null && p.flipsLinear() != null) {
            b.series("linear probe", SeriesStyle.MARKERS, p.epsilons(), p.flipsLinear(), null);
        }
        return b.build();
    }

    /** The raw matrix (diverging at 0) and its min–max normalisation beside the data's co-occurrence (Fig. 5). */
    public static Chart correlations(CorrelationResult c, List<String> labels, DataHandle data) {
        double max = 1e-9;
        for (double[] row : c.raw()) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        Chart raw = HeatmapPlot.builder().title("Flip-" + c.direction() + " correlations (ε = "
                        + dev.atk.diag.NumberText.format(c.eps()) + ")").values(c.raw()).labels(labels)
                .ramp(ColorRamp.diverging(-max, max)).colorBarLabel("mean Δ confidence").build();
        Chart normalized = HeatmapPlot.builder().title("Normalised (§5.3), as CLASS uses it")
                .values(LabelCorrelations.normalized(c.raw())).labels(labels).ramp(ColorRamp.sequential(0, 1))
                .colorBarLabel("Fn").build();
        Chart cooccurrence = HeatmapPlot.builder().title("Data: co-occurrence in " + data.name())
                .values(cooccurrence(data, c.labels())).labels(labels).ramp(ColorRamp.sequential(0, 1))
                .colorBarLabel("P(both | either)").build();
        return Figure.builder().title("Label correlations of the model and of the data").columns(3).panelLetters(true)
                .add(raw, normalized, cooccurrence).build();
    }

    /** Jaccard co-occurrence |a ∧ b| / |a ∨ b| over every item of the data (1 on the diagonal of present labels). */
    public static double[][] cooccurrence(DataHandle data, int labels) {
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

    /**
     * Flip rate per label, highest first (§7.6, Table II / Fig. 4). The associations go in a subtitle: in the title
     * they made it wider than the chart.
     */
    public static Chart attackability(AttackabilityResult a, List<String> labels) {
        double[] rate = a.flipRate();
        BarPlot.Builder b = BarPlot.builder()
                .title("Attackability, flip-" + a.direction() + " at ε = " + dev.atk.diag.NumberText.format(a.eps()))
                .subtitle(String.format(Locale.ROOT, "flip rate vs mean confidence: r = %.2f, ρ = %.2f;  "
                                + "vs label frequency: r = %.2f, ρ = %.2f",
                        Association.pearson(rate, a.meanConfidence()), Association.spearman(rate, a.meanConfidence()),
                        Association.pearson(rate, a.frequency()), Association.spearman(rate, a.frequency())))
                .seriesName("flip rate").xLabel("label")
                .yLabel("flip rate (share of attacked images)").descending(true);
        for (int l = 0; l < rate.length; l++) {
            if (!Double.isNaN(rate[l])) {
                b.bar(labels.get(l), rate[l]);
            }
        }
        return b.build();
    }
}
