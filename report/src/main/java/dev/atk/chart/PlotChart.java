package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/** A JFreeChart at its natural size: the bridge between the plot builders and {@link Chart}. */
public final class PlotChart implements Chart {
    private final JFreeChart chart;
    private final int width;
    private final int height;

    PlotChart(JFreeChart chart, int width, int height) {
        this.chart = ChartStyle.apply(chart);
        this.width = width;
        this.height = height;
    }

    /** The library's chart model, for inspecting axes, ticks and legends (tests) or adjusting before writing. */
    public JFreeChart jfree() {
        return chart;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        chart.draw(g, area);
    }
}
