package dev.atk.metric;

import dev.atk.result.ResultRecord;

/**
 * What a {@code report} tabulates per record: a built-in {@link Metric} ({@code report l2}) or a script's own function
 * ({@code report metric(f)}, a {@link CustomMetric}). Tables, paired tests and charts read only this interface, so a
 * metric of one's own is summarised, marked and drawn exactly as a built-in one.
 */
public sealed interface Measure permits Metric, CustomMetric {

    /** How tables, charts and files name it: {@code flips}, or the function's name. */
    String keyword();

    /** Which direction of it the best-cell mark looks for. */
    boolean higherIsBetter();

    /** The number of one record; NaN leaves the record out of its cell (a built-in metric undefined on it). */
    double of(ResultRecord r);

    /** As a report statement writes it, for explain: {@code flips}, {@code metric(f, better="lower")}. */
    String written();

    /** Its canonical form for the report node's digest: what it computes, never how it was spelled. */
    String canonical();
}
