package dev.atk.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link BarChart} into the inputs of {@link BarPlotPainter}: one slot per category, colour per group. */
final class BarChartPainter {
    /** Share of a category slot the bar fills; the rest separates neighbours. */
    private static final double BAR_FILL = 0.72;

    private BarChartPainter() {}

    static BarPlotPainter painter(BarChart chart, Box area) {
        List<Bar> bars = chart.bars();
        Map<String, Rgb> groupColours = groupColours(bars);
        double min = Double.NaN;
        double max = Double.NaN;
        for (Bar bar : bars) {
            if (Double.isNaN(bar.value())) {
                continue;
            }
            double error = Double.isNaN(bar.error()) ? 0 : bar.error();
            min = Double.isNaN(min) ? bar.value() - error : Math.min(min, bar.value() - error);
            max = Double.isNaN(max) ? bar.value() + error : Math.max(max, bar.value() + error);
        }
        int yTarget = (int) Math.max(3, Math.min(8, (area.height() - 100) / 60));
        TickSet yTicks = BarPlotPainter.valueTicks(min, max, yTarget);
        List<String> labels = bars.stream().map(Bar::label).toList();
        int count = bars.size();
        return new BarPlotPainter(chart.texts(), yTicks, labels,
                plot -> centres(plot, count),
                plot -> shapes(plot, bars, groupColours),
                legend(groupColours), !Double.isNaN(min));
    }

    private static double[] centres(Box plot, int count) {
        double[] centres = new double[count];
        double slot = plot.width() / Math.max(1, count);
        for (int i = 0; i < count; i++) {
            centres[i] = plot.x() + (i + 0.5) * slot;
        }
        return centres;
    }

    private static List<BarShape> shapes(Box plot, List<Bar> bars, Map<String, Rgb> groupColours) {
        double slot = plot.width() / Math.max(1, bars.size());
        double width = slot * BAR_FILL;
        List<BarShape> shapes = new ArrayList<>(bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double centre = plot.x() + (i + 0.5) * slot;
            shapes.add(new BarShape(centre - width / 2, width, bar.value(), bar.error(), groupColours.get(bar.group())));
        }
        return shapes;
    }

    /** Groups in order of first appearance, each with the next palette colour. */
    private static Map<String, Rgb> groupColours(List<Bar> bars) {
        Map<String, Rgb> colours = new LinkedHashMap<>();
        for (Bar bar : bars) {
            colours.computeIfAbsent(bar.group(), group -> Palette.colour(colours.size()));
        }
        return colours;
    }

    /** A legend only when there are at least two named groups to tell apart. */
    private static List<LegendEntry> legend(Map<String, Rgb> groupColours) {
        if (groupColours.size() < 2) {
            return List.of();
        }
        List<LegendEntry> entries = new ArrayList<>();
        groupColours.forEach((group, colour) -> entries.add(
                new LegendEntry(group.isEmpty() ? "(none)" : group, colour, LegendSwatch.BAR, MarkerShape.SQUARE)));
        return entries;
    }
}
