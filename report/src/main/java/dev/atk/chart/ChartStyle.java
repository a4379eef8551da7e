package dev.atk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The one look of ATK's figures, applied to every JFreeChart we build: white background, light grid, flat bars,
 * a colour-blind-safe palette, and fonts large enough to read when a figure is scaled to a paper's column.
 */
public final class ChartStyle {
    private ChartStyle() {}

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Color TEXT = new Color(0x222222);
    public static final Color GRID = new Color(0xDDDDDD);

    /** Okabe and Ito's palette, distinguishable under the common colour-vision deficiencies (yellow left out). */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xE69F00), new Color(0x000000), new Color(0x999999)};

    /** The i-th series colour; series beyond the palette repeat it (their markers still differ). */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    private static final StandardChartTheme THEME = theme();

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("atk");
        t.setExtraLargeFont(TITLE);
        t.setLargeFont(LABEL);
        t.setRegularFont(TICK);
        t.setSmallFont(TICK);
        t.setTitlePaint(TEXT);
        t.setSubtitlePaint(TEXT);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(TEXT);
        t.setLegendItemPaint(TEXT);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.GRAY);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
                new Stroke[] {new BasicStroke(1.8f)}, new Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.createStandardSeriesShapes()));
        return t;
    }

    /** Applies the style, then puts the legend at the bottom and the subtitles under the title in their font. */
    public static JFreeChart apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 10));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(SUBTITLE);
            } else if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            }
        }
        return chart;
    }

    /** Markers for series i: the drawing supplier's shapes in turn, so series stay apart in greyscale print. */
    static Shape marker(int i) {
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        return shapes[Math.floorMod(i, shapes.length)];
    }

    static Paint text() {
        return TEXT;
    }
}
