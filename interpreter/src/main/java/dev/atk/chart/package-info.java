/**
 * Publication-quality figures as PNG files, drawn with plain Java2D (no plotting library, no extra dependency):
 * line charts with error bars ({@link dev.atk.chart.LineChart}), heatmaps with a colour bar
 * ({@link dev.atk.chart.Heatmap}), bar charts ({@link dev.atk.chart.BarChart}), pre-binned histograms
 * ({@link dev.atk.chart.Histogram}), captioned image grids ({@link dev.atk.chart.ImageGrid}) and multi-panel
 * compositions of all of these ({@link dev.atk.chart.Figure}).
 *
 * <p>The package owns layout (margins measured from the actual label widths so nothing is clipped), axis ticks
 * ({@link dev.atk.chart.Ticks}: 1/2/5 × 10^k steps, decade ticks on log axes), colour choices (a colour-blind-safe
 * {@link dev.atk.chart.Palette} and interpolated {@link dev.atk.chart.Colormap}s) and atomic PNG output
 * ({@link dev.atk.chart.PngWriter}). It knows nothing about attacks or models: callers hand in numbers and
 * strings, and every chart is an immutable value built with a builder.
 *
 * <p>Output is deterministic: the same chart gives byte-identical PNG files (no randomness, no timestamps, no
 * PNG metadata chunks). Everything runs headless; the first class that touches AWT sets
 * {@code java.awt.headless=true} unless the caller already chose otherwise. Drawing happens in logical units
 * (think "points") on a {@link java.awt.Graphics2D} scaled by the render scale, 2× by default, so an 800×500
 * chart becomes a 1600×1000 pixel image.
 */
package dev.atk.chart;
