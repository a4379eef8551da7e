package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatmapTest {
    @TempDir
    Path dir;

    static double[][] ramp(int n) {
        double[][] m = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = Math.sin(0.3 * r + 0.7 * c) * 0.5;
            }
        }
        return m;
    }

    static List<String> labels(int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add("label_" + i);
        }
        return labels;
    }

    @Test
    void maxCellHasTheColormapsTopColourAtItsCentre() {
        double[][] m = ramp(8);
        m[2][5] = 3.0;
        m[6][1] = -3.0;
        Heatmap map = Heatmap.builder().title("t").values(m).labels(labels(8)).build();
        BufferedImage image = map.toImage();
        assertEquals(Colormap.viridis().last().packed(), Pixels.centre(image, map.cellBox(2, 5, 2)),
                "max cell colour");
        assertEquals(Colormap.viridis().first().packed(), Pixels.centre(image, map.cellBox(6, 1, 2)),
                "min cell colour");
    }

    @Test
    void divergingPutsWhiteAtTheCentreValue() {
        double[][] m = {{-1, 0}, {0.5, 1}};
        Heatmap map = Heatmap.builder().values(m).diverging(0).build();
        BufferedImage image = map.toImage();
        assertEquals(Rgb.WHITE.packed(), Pixels.centre(image, map.cellBox(0, 1, 2)));
        assertEquals(Colormap.blueWhiteRed().first().packed(), Pixels.centre(image, map.cellBox(0, 0, 2)));
        assertEquals(Colormap.blueWhiteRed().last().packed(), Pixels.centre(image, map.cellBox(1, 1, 2)));
    }

    @Test
    void divergingAutomaticRangeIsSymmetric() {
        // only 0.5 above the centre but 2 below: 0.5 must not be drawn as the strongest red
        double[][] m = {{-2, 0.5}};
        Heatmap map = Heatmap.builder().values(m).diverging(0).build();
        BufferedImage image = map.toImage();
        int halfRed = Colormap.blueWhiteRed().at(0.5 + 0.5 * 0.25).packed();
        assertEquals(halfRed, Pixels.centre(image, map.cellBox(0, 1, 2)));
    }

    @Test
    void explicitRangeSaturatesOutliers() {
        double[][] m = {{-5, 0}, {0.25, 5}};
        Heatmap map = Heatmap.builder().values(m).range(0, 1).build();
        BufferedImage image = map.toImage();
        assertEquals(Colormap.viridis().first().packed(), Pixels.centre(image, map.cellBox(0, 0, 2)));
        assertEquals(Colormap.viridis().last().packed(), Pixels.centre(image, map.cellBox(1, 1, 2)));
        assertEquals(Colormap.viridis().at(0.25).packed(), Pixels.centre(image, map.cellBox(1, 0, 2)));
    }

    @Test
    void nanCellsAreGrey() {
        double[][] m = {{0, Double.NaN}, {1, 2}};
        Heatmap map = Heatmap.builder().values(m).build();
        assertEquals(Theme.MISSING_CELL.packed(), Pixels.centre(map.toImage(), map.cellBox(0, 1, 2)));
    }

    @Test
    void largeMatrixRendersWithThinnedLabels() throws IOException {
        Heatmap map = Heatmap.builder().title("100 labels").values(ramp(100)).labels(labels(100))
                .colorBarLabel("r").build();
        BufferedImage image = Pixels.read(map.render(dir.resolve("big.png")));
        Pixels.assertSize(image, 1400, 1240);
        Pixels.assertNotBlank(image);
        Box first = map.cellBox(0, 0, 2);
        Box last = map.cellBox(99, 99, 2);
        assertTrue(first.width() >= 4, "cells should stay visible, got " + first.width() + " px");
        assertTrue(last.right() <= image.getWidth() && last.bottom() <= image.getHeight());
    }

    @Test
    void cellsAreSquare() {
        Heatmap map = Heatmap.builder().values(new double[3][7]).size(700, 300).build();
        Box cell = map.cellBox(1, 1, 2);
        assertEquals(cell.width(), cell.height(), 1e-9);
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Heatmap map = Heatmap.builder().values(ramp(40)).labels(labels(40)).diverging(0).build();
        Path a = map.render(dir.resolve("a.png"));
        Path b = Heatmap.builder().values(ramp(40)).labels(labels(40)).diverging(0).build().render(dir.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void valuesCanBePrintedInCells() {
        Heatmap map = Heatmap.builder().values(new double[][] {{0.25, 0.5}, {0.75, 1}}).showValues(2).build();
        Pixels.assertNotBlank(map.toImage());
    }

    @Test
    void emptyMatrixRendersANote() {
        Heatmap map = Heatmap.builder().title("empty").values(new double[0][0]).build();
        BufferedImage image = map.toImage();
        Pixels.assertSize(image, 1400, 1240);
        assertTrue(Pixels.distinctColours(image) > 5, "title and note should be drawn");
    }

    @Test
    void theMatrixIsCopied() {
        double[][] m = {{0, 1}, {2, 3}};
        Heatmap map = Heatmap.builder().values(m).build();
        m[1][1] = -100;
        assertEquals(Colormap.viridis().last().packed(), Pixels.centre(map.toImage(), map.cellBox(1, 1, 2)));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().values(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().values(null));
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().build());
        assertThrows(IllegalArgumentException.class,
                () -> Heatmap.builder().values(new double[2][2]).labels(List.of("a", "b", "c")).build());
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().range(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().range(0, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> Heatmap.builder().values(new double[2][2]).diverging(5).range(0, 1).build());
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().size(-1, 100));
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().showValues(-1));
    }
}
