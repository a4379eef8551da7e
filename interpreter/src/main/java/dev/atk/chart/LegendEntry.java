package dev.atk.chart;

/** One legend row; {@code marker} is ignored by swatches that draw none. */
record LegendEntry(String label, Rgb colour, LegendSwatch swatch, MarkerShape marker) {}
