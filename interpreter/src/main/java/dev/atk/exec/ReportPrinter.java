package dev.atk.exec;

import dev.atk.plan.PlanNode;
import dev.atk.report.ReportFormat;
import dev.atk.report.ReportRenderer;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.syntax.OutputFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Executes a report node: renders the records and prints them, or writes them to the file named with {@code to}. */
final class ReportPrinter {
    private ReportPrinter() {}

    static void print(PlanNode.Report r, List<ResultRecord> records, PrintStream out, Path baseDir) {
        if (records.isEmpty()) {
            out.println("(no results to report yet: run an attack first)");
            return;
        }
        if (r.format() == OutputFormat.CHART) {
            Path file = baseDir.resolve(r.to().orElseThrow());
            dev.atk.chart.Chart chart;
            if (r.metric() == dev.atk.metric.Metric.CONFIDENCES) {
                chart = ChartReports.confidences(records);
            } else if (!r.chartX().equals("budget")) {
                chart = ChartReports.sweep(records, r.metric(), r.chartX());
            } else {
                chart = ChartReports.metric(dev.atk.report.FlipsTable.of(records, dev.atk.report.ReportOptions.of(r.metric())),
                        r.metric().keyword());
            }
            ChartFiles.write(chart, file);
            out.println("chart written to " + file);
            return;
        }
        ReportFormat format = ReportFormat.of(r.format());
        String text = ReportRenderer.render(records, r.metric(), format);
        if (r.to().isPresent()) {
            Path file = baseDir.resolve(r.to().get());
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AtkRuntimeException("cannot write report to " + file + ": " + e.getMessage(), e);
            }
            out.println("report written to " + file);
        } else {
            out.print(text.endsWith("\n") ? text : text + "\n");
        }
    }
}
