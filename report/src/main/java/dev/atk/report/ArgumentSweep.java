package dev.atk.report;

import dev.atk.metric.Measure;
import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metric against one numeric argument of the attacks instead of the budget ({@code set chart_x = "n"}), one series
 * per budget: Fig. 7's flips against the number of targeted labels, {@code closest(n=0) … closest(n=40)}, or the q
 * ablation's flips against SLAM's q. The argument is read from each record's fully resolved call, where every
 * argument is written out.
 */
public final class ArgumentSweep {
    private ArgumentSweep() {}

    /** One budget's curve: x = argument values ascending, mean ± population std of the metric over images. */
    public record Curve(double budget, double[] x, double[] mean, double[] std) {}

    /** The value of {@code name=NUMBER} in a call's text (the first one, at any nesting depth), if present. */
    public static OptionalDouble argument(String call, String name) {
        return argument(call, pattern(name));
    }

    private static Pattern pattern(String name) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "=(-?[0-9][0-9.eE+-]*)");
    }

    private static OptionalDouble argument(String call, Pattern pattern) {
        Matcher m = pattern.matcher(call);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(m.group(1)));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * The curves of {@code records}, one per budget in ascending order. Records whose call has no numeric
     * {@code argument} are left out; none having it is the caller's error to report.
     */
    public static List<Curve> of(List<ResultRecord> records, Measure metric, String argument) {
        Map<Double, Map<Double, List<Double>>> byBudget = new TreeMap<>();
        Pattern pattern = pattern(argument);
        for (ResultRecord r : records) {
            OptionalDouble x = argument(r.canonical(), pattern);
            if (x.isPresent()) {
                byBudget.computeIfAbsent(r.budget(), b -> new TreeMap<>())
                        .computeIfAbsent(x.getAsDouble(), v -> new ArrayList<>()).add(metric.of(r));
            }
        }
        List<Curve> curves = new ArrayList<>();
        byBudget.forEach((budget, byX) -> {
            double[] xs = new double[byX.size()];
            double[] mean = new double[xs.length];
            double[] std = new double[xs.length];
            int i = 0;
            for (Map.Entry<Double, List<Double>> e : byX.entrySet()) {
                double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
                xs[i] = e.getKey();
                mean[i] = Moments.mean(v);
                std[i] = Moments.populationStd(v);
                i++;
            }
            curves.add(new Curve(budget, xs, mean, std));
        });
        return curves;
    }
}
