package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {
    @Test
    void twoDecimalsRoundLikePython() {
        assertEquals("2.12", NumberFormats.fixed2(2.125));     // exact tie: half-even, as f"{2.125:.2f}"
        assertEquals("2.38", NumberFormats.fixed2(2.375));
        assertEquals("0.71", NumberFormats.fixed2(Math.sqrt(0.5)));
        assertEquals("0.00", NumberFormats.fixed2(-0.001));
        assertEquals("-0.01", NumberFormats.fixed2(-0.006));
        assertEquals("79.81", NumberFormats.fixed2(79.81));
        assertEquals("nan", NumberFormats.fixed2(Double.NaN));
        assertEquals("12.03 ± 3.66", NumberFormats.meanStd(12.03, 3.66, 2));
    }

    @Test
    void g4LikePython() {
        assertEquals("0.01", NumberFormats.g4(0.01));
        assertEquals("0.03137", NumberFormats.g4(8.0 / 255));
        assertEquals("0.0002", NumberFormats.g4(0.0002));
        assertEquals("1e-05", NumberFormats.g4(1e-5));
        assertEquals("1.234e+04", NumberFormats.g4(12345));
        assertEquals("1000", NumberFormats.g4(1000));
        assertEquals("0.5", NumberFormats.g4(0.5));
        assertEquals("1", NumberFormats.g4(1.0));
        assertEquals("14", NumberFormats.g4(14.0));
        assertEquals("0", NumberFormats.g4(0.0));
        assertEquals("-0.25", NumberFormats.g4(-0.25));
    }

    @Test
    void decimalsForSmallMetrics() {
        assertEquals(2, NumberFormats.decimalsFor(12.5));
        assertEquals(3, NumberFormats.decimalsFor(0.5));   // 0.500
        assertEquals(4, NumberFormats.decimalsFor(0.05));  // 0.0500
        assertEquals(5, NumberFormats.decimalsFor(0.0078));
        assertEquals(8, NumberFormats.decimalsFor(1e-12));
        assertEquals(2, NumberFormats.decimalsFor(Double.NaN));
        assertEquals("0.05", NumberFormats.plain(0.05));
    }
}
