package dev.atk.exec;

import dev.atk.plan.PlanNode;
import dev.atk.result.ResultRecord;
import dev.atk.result.ResultTable;
import dev.atk.spi.DataHandle;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the executor sends what a {@code report} statement asks for. The executor decides what is reported and when
 * (which records, which analysis value, which regenerated images); an implementation decides how it looks (tables,
 * files, charts, image panels). The executor never draws: the drawing lives behind this interface
 * (StandardReports, in the report package), so the engine runs without a graphics stack.
 */
public interface ReportWriter {

    /**
     * {@code report METRIC [of SET] [as FORMAT] [to FILE]} over {@code records} (never empty): a table, a file, or a
     * chart of the metric. A file is written only through {@code files} (the path rule: {@link OutputFiles}); what
     * was written is said on {@code out}.
     *
     * @return the table's numbers for the embedding API, whatever its format; empty for a chart
     */
    Optional<ResultTable> records(PlanNode.Report report, List<ResultRecord> records, PrintStream out,
                                  OutputFiles files);

    /**
     * {@code report VALUE as chart to FILE} for an analysis: {@code value} is a profile, a correlation matrix or an
     * attackability result; {@code labels} and {@code data} are the model's label names and the data it ran on (the
     * correlation chart draws the data's co-occurrence beside it), null for a profile. {@code to} is the file name as
     * the script wrote it, written through {@code files}.
     */
    void analysis(String text, Object value, List<String> labels, DataHandle data, String to, OutputFiles files,
                  PrintStream out);

    /** {@code report … as images to FILE}: the panel of clean and regenerated adversarial images. */
    void images(ImagePanel panel, String to, OutputFiles files, PrintStream out);
}
