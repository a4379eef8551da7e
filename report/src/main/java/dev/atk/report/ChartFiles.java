package dev.atk.report;

import dev.atk.chart.Chart;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.chart.ChartWriter;
import dev.atk.exec.OutputFiles;
import java.nio.file.Path;

/**
 * Writes a chart as SVG when the file name ends in {@code .svg}, else as PNG, through the run's {@link OutputFiles}
 * (the path rule, atomic replacement), turning encoding failures into one-line runtime errors.
 */
public final class ChartFiles {
    private ChartFiles() {}

    /** Writes {@code chart} to the file the script named {@code to}; returns where it went. */
    public static Path write(Chart chart, String to, OutputFiles files) {
        Path file = files.target(to);
        try {
            files.write(file, ChartWriter.bytes(chart, file));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new AtkRuntimeException("cannot draw the chart for " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
