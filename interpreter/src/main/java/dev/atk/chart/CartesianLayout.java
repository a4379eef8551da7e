package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the plot rectangle of an x/y chart: the chart area minus room for the title, the axis labels, the tick
 * labels (measured, not guessed, so none is clipped) and an optional legend strip on the right.
 *
 * <p>X tick labels are the circular part: whether they fit horizontally depends on the plot width, and the room
 * they need below the plot depends on how they are turned. The layout therefore runs a few rounds, each with the
 * label block measured in the previous round, until the block height stops changing.
 */
final class CartesianLayout {
    private static final int ROUNDS = 3;

    /** The plot rectangle plus the x tick positions and label plan that go with it. */
    record Result(Box plot, double[] xPositions, TickLabelPlan xPlan) {}

    private CartesianLayout() {}

    /**
     * @param xPositions where the x tick labels sit for a given plot rectangle
     * @param rightReserve width of a strip at the right kept free (for a legend outside the plot), 0 for none
     */
    static Result compute(Graphics2D g, Box area, AxisTexts texts, List<String> yTickLabels,
                          List<String> xTickLabels, Function<Box, double[]> xPositions, double rightReserve) {
        double yTickWidth = Text.maxWidth(g, Theme.TICK, yTickLabels);
        double blockHeight = Text.lineHeight(g, Theme.TICK);
        double leftOverhang = 0;
        double rightOverhang = 0;
        Result result = null;
        for (int round = 0; round < ROUNDS; round++) {
            Box plot = plotBox(g, area, texts, yTickWidth, blockHeight, leftOverhang, rightOverhang, rightReserve);
            double[] positions = xPositions.apply(plot);
            TickLabelPlan plan = TickLabelPlan.plan(g, Theme.TICK, positions, xTickLabels);
            result = new Result(plot, positions, plan);
            double newLeft = Math.max(0, plot.x() - plan.minX());
            double newRight = Math.max(0, plan.maxX() - plot.right());
            boolean stable = Math.abs(plan.blockHeight() - blockHeight) < 0.5
                    && newLeft <= leftOverhang + 0.5 && newRight <= rightOverhang + 0.5;
            if (stable) {
                break;
            }
            blockHeight = Math.max(blockHeight, plan.blockHeight());
            leftOverhang = Math.max(leftOverhang, newLeft);
            rightOverhang = Math.max(rightOverhang, newRight);
        }
        return result;
    }

    /** Height taken by the title line and the gap under it, 0 when there is no title. */
    static double titleBlock(Graphics2D g, String title) {
        return title.isEmpty() ? 0 : Text.lineHeight(g, Theme.TITLE) + Theme.TITLE_GAP;
    }

    /** Room between the bottom of the plot and the top of the x tick labels. */
    static double tickLabelOffset() {
        return Theme.TICK_LENGTH + Theme.TICK_GAP;
    }

    private static Box plotBox(Graphics2D g, Box area, AxisTexts texts, double yTickWidth, double xBlockHeight,
                               double leftOverhang, double rightOverhang, double rightReserve) {
        double halfTickLabel = Text.lineHeight(g, Theme.TICK) / 2;
        double top = area.y() + Theme.PAD + Math.max(titleBlock(g, texts.title()), halfTickLabel);
        double yLabelRoom = texts.yLabel().isEmpty() ? 0 : Text.lineHeight(g, Theme.AXIS_LABEL) + Theme.LABEL_GAP;
        double leftNeeded = yLabelRoom + yTickWidth + Theme.TICK_GAP + Theme.TICK_LENGTH;
        double left = area.x() + Theme.PAD + Math.max(leftNeeded, leftOverhang);
        double right = area.right() - Theme.PAD - Math.max(rightOverhang, rightReserve);
        double xLabelRoom = texts.xLabel().isEmpty() ? 0 : Text.lineHeight(g, Theme.AXIS_LABEL) + Theme.LABEL_GAP;
        double bottom = area.bottom() - Theme.PAD - xLabelRoom - xBlockHeight - tickLabelOffset();
        return Box.fromEdges(left, top, right, bottom);
    }
}
