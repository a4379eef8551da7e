/**
 * The figures ATK writes, as PNG for screens and SVG for papers. Plots (lines with error bars, bars, histograms,
 * heatmaps) are built on JFreeChart, which owns axes, ticks, legends and text layout; this package only chooses
 * what a research figure needs (integer ticks for counts, a y axis from 0, a legend even for one series, readable
 * sizes) and keeps it in one style ({@link dev.atk.chart.ChartStyle}).
 *
 * <p>What no plotting library draws stays here and stays small: the grid of clean / adversarial / perturbation
 * images ({@link dev.atk.chart.ImageGrid}) with its δ colour bar, and {@link dev.atk.chart.Figure}, which puts
 * several charts side by side with panel letters.
 *
 * <p>Output is deterministic (same chart, same PNG bytes; SVG ids are fixed, not time-based). The package never
 * sets {@code java.awt.headless}: that belongs to whoever starts the JVM (the {@code atk} launcher and the test
 * configuration pass {@code -Djava.awt.headless=true}); nothing here needs a display.
 */
package dev.atk.chart;
