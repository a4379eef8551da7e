package dev.atk.report;

import dev.atk.metric.Measure;
import dev.atk.result.ResultRecord;
import java.util.List;

/** Entry point of the {@code report} statement: records in, rendered text out. */
public final class ReportRenderer {
    private ReportRenderer() {}

    public static String render(List<ResultRecord> records, Measure metric, ReportFormat format) {
        return render(records, ReportOptions.of(metric), format);
    }

    public static String render(List<ResultRecord> records, ReportOptions options, ReportFormat format) {
        return render(FlipsTable.of(records, options), format);
    }

    public static String render(FlipsTable table, ReportFormat format) {
        return switch (format) {
            case TABLE -> TextRenderer.render(table);
            case CSV -> CsvRenderer.render(table);
            case JSON -> JsonRenderer.render(table);
            case MARKDOWN -> MarkdownRenderer.render(table);
            case PAIRED -> PairedRenderer.render(table, false);
            case PAIRED_HOLM -> PairedRenderer.render(table, true);
        };
    }
}
