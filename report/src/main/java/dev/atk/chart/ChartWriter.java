package dev.atk.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.svg.SVGGraphics2D;

/**
 * Turns a {@link Chart} into file bytes: SVG (vector, for papers) when the file name ends in {@code .svg}, PNG
 * otherwise, so every name a script used before still gets a PNG. Both encodings are deterministic.
 */
public final class ChartWriter {
    private ChartWriter() {}

    /** Whether {@code file} gets the vector format. */
    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    static Path write(Chart chart, Path file) throws IOException {
        return AtomicFiles.write(file, bytes(chart, file));
    }

    /** The file bytes for {@code file}'s name: SVG for {@code .svg}, PNG otherwise. */
    public static byte[] bytes(Chart chart, Path file) throws IOException {
        return isSvg(file) ? svg(chart).getBytes(StandardCharsets.UTF_8) : png(chart);
    }

    /** The chart drawn at {@link Chart#PNG_SCALE} on a white background. */
    public static BufferedImage image(Chart chart) {
        int w = (int) Math.round(chart.width() * Chart.PNG_SCALE);
        int h = (int) Math.round(chart.height() * Chart.PNG_SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(Chart.PNG_SCALE, Chart.PNG_SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * PNG bytes without metadata chunks, encoded through an in-memory stream (ImageIO's file cache would put
     * temporary files elsewhere), so equal charts give equal bytes.
     */
    public static byte[] png(Chart chart) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(image(chart));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The SVG document at the chart's logical size. */
    public static String svg(Chart chart) {
        SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
        // JFreeSVG derives clip and gradient ids from the clock unless told otherwise; a fixed prefix keeps the
        // document identical between runs, so figures under version control do not churn
        g.setDefsKeyPrefix("atk");
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, chart.width(), chart.height());
        chart.draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        return g.getSVGDocument();
    }
}
