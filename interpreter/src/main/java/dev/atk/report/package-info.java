/**
 * The {@code report} statement: summary tables of result records (mean ± population std over images per attack
 * and budget, a Total column, the best cell per column marked when a t-test against the runner-up is significant)
 * and their renderers (text, CSV, JSON, Markdown). ALGORITHMS.md §7.5.
 *
 * <p>The statistics are written here rather than taken from a library because the interpreter module carries no
 * maths dependency; {@link dev.atk.report.StudentT} is the only non-trivial piece.
 */
package dev.atk.report;
