package dev.atk.report;

import dev.atk.syntax.OutputFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code report EXPR as FORMAT}: the text formats. Charts and image panels (the language's {@code chart} and
 * {@code images}) are drawn by the stdlib from {@link ChartSeries} and the records, not here.
 */
public enum ReportFormat {
    TABLE, CSV, JSON, MARKDOWN,
    /** Every attack against the first, per budget: mean paired difference and paired t-test p. */
    PAIRED,
    /** {@link #PAIRED} with each column's p-values Holm-corrected over the attacks compared with the first. */
    PAIRED_HOLM;

    public String keyword() { return name().toLowerCase(Locale.ROOT); }

    /** The text format of a report written {@code as FORMAT}; charts and image panels have none. */
    public static ReportFormat of(OutputFormat format) {
        return switch (format) {
            case TABLE -> TABLE;
            case CSV -> CSV;
            case JSON -> JSON;
            case MARKDOWN -> MARKDOWN;
            case PAIRED -> PAIRED;
            case PAIRED_HOLM -> PAIRED_HOLM;
            case CHART, IMAGES -> throw new IllegalArgumentException(format.keyword() + " is drawn, not rendered as text");
        };
    }

    public static Optional<ReportFormat> fromKeyword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("md")) return Optional.of(MARKDOWN);
        for (ReportFormat f : values()) if (f.keyword().equals(w)) return Optional.of(f);
        return Optional.empty();
    }
}
