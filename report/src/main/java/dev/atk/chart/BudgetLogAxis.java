package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis ticked at the budgets the attacks ran at. A plain log axis labels only powers of ten, which leaves a
 * grid such as 0.0125…0.1 with one labelled tick; the budgets themselves are what a reader looks up.
 */
final class BudgetLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private final double[] ticks;

    BudgetLogAxis(String label, double[] ticks) {
        super(label);
        this.ticks = ticks.clone();
        setNumberFormatOverride(new SignificantFormat(3));
        setSmallestValue(Math.max(Double.MIN_NORMAL, java.util.Arrays.stream(ticks).min().orElse(1e-9) / 10));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g, Rectangle2D dataArea, RectangleEdge edge) {
        List result = new ArrayList();
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        for (double t : ticks) {
            if (getRange().contains(t)) {
                result.add(new NumberTick(t, getNumberFormatOverride().format(t), anchor, TextAnchor.CENTER, 0));
            }
        }
        return result;
    }
}
