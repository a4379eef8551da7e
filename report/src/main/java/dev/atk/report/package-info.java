/**
 * The {@code report} statement: summary tables of result records (mean ± population std over images per attack
 * and budget, a Total column, the best cell per column marked when a t-test against the runner-up is significant)
 * and their renderers (text, CSV, JSON, Markdown). ALGORITHMS.md §7.5.
 *
 * <p>The t statistics, their degrees of freedom and the zero-variance and too-few-observations cases are computed
 * here; the t distribution's tail ({@link dev.atk.report.StudentT}) is Hipparchus' regularized incomplete beta.
 */
package dev.atk.report;
