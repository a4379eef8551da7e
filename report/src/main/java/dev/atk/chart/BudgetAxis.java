package dev.atk.chart;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a chart shows attack budgets on its x axis. Budgets asked for as fractions of a profile's eps_max (the
 * records' label reads {@code 0.002734 (0.05·eps_max)}) are shown as percent of eps_max, as the paper's figures
 * do; any other budget is shown as ε with at most three significant digits.
 *
 * @param title the axis title
 * @param values one x value per budget, in the given order
 * @param percentOfEpsMax whether {@code values} are percent of eps_max rather than ε
 */
public record BudgetAxis(String title, double[] values, boolean percentOfEpsMax) {
    /** The fraction inside a profile budget's label; the number is written by {@code Values.format}. */
    private static final Pattern FRACTION = Pattern.compile("\\(([-+0-9.eE]+)·eps_max\\)\\s*$");

    private static final SignificantFormat THREE_DIGITS = new SignificantFormat(3);

    /**
     * The axis for budgets {@code budgets[i]} labelled {@code labels.get(i)}: percent of eps_max when every label
     * carries its fraction, else ε.
     */
    public static BudgetAxis of(double[] budgets, List<String> labels) {
        double[] percent = new double[budgets.length];
        boolean all = budgets.length > 0 && labels.size() == budgets.length;
        for (int i = 0; i < budgets.length && all; i++) {
            Matcher m = FRACTION.matcher(labels.get(i) == null ? "" : labels.get(i));
            all = m.find();
            if (all) {
                percent[i] = 100 * Double.parseDouble(m.group(1));
            }
        }
        return all ? new BudgetAxis("budget (% of eps_max)", percent, true)
                : new BudgetAxis("budget ε", budgets.clone(), false);
    }

    /** A budget as a legend shows it: {@code ε = 0.00547} or {@code ε = 5% of eps_max}. */
    public static String legend(double budget, String label) {
        BudgetAxis axis = of(new double[] {budget}, List.of(label == null ? "" : label));
        return axis.percentOfEpsMax ? "ε = " + THREE_DIGITS.format(axis.values[0]) + "% of eps_max"
                : "ε = " + THREE_DIGITS.format(budget);
    }
}
