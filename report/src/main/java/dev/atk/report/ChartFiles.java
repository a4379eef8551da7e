package dev.atk.report;

import dev.atk.chart.Chart;
import dev.atk.spi.AtkRuntimeException;
import java.nio.file.Path;

/**
 * Writes a chart as SVG when the file name ends in {@code .svg}, else as PNG (atomically, creating folders), turning
 * I/O failures into one-line runtime errors.
 */
public final class ChartFiles {
    private ChartFiles() {}

    public static void write(Chart chart, Path file) {
        try {
            chart.render(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new AtkRuntimeException("cannot write chart to " + file + ": " + e.getMessage(), e);
        }
    }
}
