package dev.atk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a metric-vs-budget chart plots: one series per attack, one point per budget it ran at (finite
 * budgets only; "min" has no x position). The chart renderer lives elsewhere and takes these.
 *
 * @param attack the row label
 * @param points ascending by budget
 */
public record ChartSeries(String attack, List<Point> points) {
    /** One cell: x = budget, y = mean, error bar = population std. */
    public record Point(double budget, String header, double mean, double std, int n) {}

    public ChartSeries {
        points = List.copyOf(points);
    }

    public static List<ChartSeries> of(FlipsTable table) {
        List<ChartSeries> out = new ArrayList<>();
        for (Row r : table.rows()) {
            List<Point> points = new ArrayList<>();
            for (int j = 0; j < table.columns().size(); j++) {
                Column col = table.columns().get(j);
                Cell c = r.cells().get(j);
                if (c != null && col.onGrid()) points.add(new Point(col.budget(), col.header(), c.mean(), c.std(), c.n()));
            }
            out.add(new ChartSeries(r.attack(), points));
        }
        return out;
    }
}
