package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** PNG and SVG files: valid, of the expected size, and the same bytes every time. */
class ChartWriterTest {
    @TempDir
    Path dir;

    static Chart sample() {
        return LinePlot.builder().title("flips vs budget").xLabel("budget ε").yLabel("flips")
                .series("bce()", SeriesStyle.LINE_AND_MARKERS, new double[] {0.01, 0.02, 0.04},
                        new double[] {1, 2, 3}, new double[] {0.5, 0.5, 0.5}).size(500, 320).build();
    }

    @Test
    void aPngFileIsAValidPngAtTwiceTheLogicalSize() throws Exception {
        Path file = sample().render(dir.resolve("sub/flips.png"));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(640, image.getHeight());
        assertEquals(List.of("flips.png"), Files.list(file.getParent()).map(p -> p.getFileName().toString()).toList(),
                "no temporary file is left behind");
    }

    @Test
    void anSvgFileIsWellFormedXmlAtTheLogicalSize() throws Exception {
        Path file = sample().render(dir.resolve("flips.svg"));
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        // the document names the SVG DTD; parsing must not go to the network for it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(500, Double.parseDouble(root.getAttribute("width")));
        assertEquals(320, Double.parseDouble(root.getAttribute("height")));
        assertTrue(svg.contains("flips vs budget"), "text stays text (searchable, scalable)");
        assertFalse(ChartWriter.isSvg(Path.of("x.png")));
        assertTrue(ChartWriter.isSvg(Path.of("X.SVG")));
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        assertArrayEquals(ChartWriter.png(sample()), ChartWriter.png(sample()));
        assertEquals(ChartWriter.svg(sample()), ChartWriter.svg(sample()));
        Chart grid = ImageGridTest.grid();
        assertArrayEquals(ChartWriter.png(grid), ChartWriter.png(grid));
        assertEquals(ChartWriter.svg(grid), ChartWriter.svg(grid));
    }
}
