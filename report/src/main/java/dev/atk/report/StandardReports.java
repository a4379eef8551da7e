package dev.atk.report;

import dev.atk.chart.Chart;
import dev.atk.exec.ImagePanel;
import dev.atk.exec.OutputFiles;
import dev.atk.exec.ReportWriter;
import dev.atk.metric.Metric;
import dev.atk.plan.PlanNode;
import dev.atk.result.ResultRecord;
import dev.atk.result.ResultTable;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.OutputFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * ATK's report layer: tables and files from the renderers of this package, charts and image panels drawn with
 * {@code dev.atk.chart} (JFreeChart), PNG or SVG by the file's extension.
 */
public final class StandardReports implements ReportWriter {

    @Override
    public Optional<ResultTable> records(PlanNode.Report r, List<ResultRecord> records, PrintStream out,
                                         OutputFiles files) {
        if (r.format() == OutputFormat.CHART) {
            Path file = ChartFiles.write(metricChart(r, records), r.to().orElseThrow(), files);
            out.println("chart written to " + file);
            return Optional.empty();
        }
        FlipsTable table = FlipsTable.of(records, ReportOptions.of(r.metric()));
        String text = ReportRenderer.render(table, ReportFormat.of(r.format()));
        if (r.to().isEmpty()) {
            if (r.format() == OutputFormat.TABLE || r.format() == OutputFormat.PAIRED
                    || r.format() == OutputFormat.PAIRED_HOLM) {
                // consecutive tables in a terminal need a name; machine formats (csv, json, markdown) stay bare
                out.println(title(r));
            }
            out.print(text.endsWith("\n") ? text : text + "\n");
        } else {
            Path file = files.target(r.to().get());
            files.write(file, text);
            out.println("report written to " + file);
        }
        return Optional.of(ResultTables.of(table, r.metric().keyword(), r.set()));
    }

    /** A terminal table's first line: what it shows, e.g. {@code flips of main} or {@code flips, paired}. */
    private static String title(PlanNode.Report r) {
        return "== " + r.metric().keyword() + r.set().map(s -> " of " + s).orElse("")
                + (r.format() == OutputFormat.PAIRED ? ", paired" : "")
                + (r.format() == OutputFormat.PAIRED_HOLM ? ", paired, Holm-corrected" : "") + " ==";
    }

    /** The histograms of target confidences, a metric against an attack argument, or a metric against the budget. */
    private static Chart metricChart(PlanNode.Report r, List<ResultRecord> records) {
        if (r.metric() == Metric.CONFIDENCES) {
            return ChartReports.confidences(records);
        }
        if (!r.chartX().equals("budget")) {
            return ChartReports.sweep(records, r.metric(), r.chartX());
        }
        return ChartReports.metric(FlipsTable.of(records, ReportOptions.of(r.metric())), r.metric().keyword());
    }

    @Override
    public void analysis(String text, Object value, List<String> labels, DataHandle data, String to, OutputFiles files,
                         PrintStream out) {
        Chart chart;
        if (value instanceof ProfileResult p) {
            chart = ChartReports.profile(p);
        } else if (value instanceof CorrelationResult c && labels != null) {
            chart = ChartReports.correlations(c, labels, data);
        } else if (value instanceof AttackabilityResult a && labels != null) {
            chart = ChartReports.attackability(a, labels);
        } else {
            throw new AtkRuntimeException("report " + text + " as chart: cannot draw "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        Path file = ChartFiles.write(chart, to, files);
        out.println("chart written to " + file);
    }

    @Override
    public void images(ImagePanel panel, String to, OutputFiles files, PrintStream out) {
        Path file = ChartFiles.write(ImagePanels.grid(panel), to, files);
        out.println("images written to " + file + " (" + panel.rows().size() + " images × " + panel.attacks().size()
                + " attacks)");
        if (panel.mismatches() > 0) {
            out.println("note: " + panel.mismatches() + " regenerated image(s) flip a different number of labels "
                    + "than the logged record: the record was computed in another batch composition (a resumed run), "
                    + "on another device or with other threads, and sign steps amplify float rounding");
        }
    }
}
