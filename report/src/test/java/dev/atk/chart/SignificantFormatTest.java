package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.ParsePosition;
import org.junit.jupiter.api.Test;

/** Tick labels with a fixed number of significant digits read back as the numbers they show. */
class SignificantFormatTest {
    @Test
    void whatItFormatsParsesBack() throws Exception {
        SignificantFormat f = new SignificantFormat(3);
        for (double v : new double[] {0.005469, 12.5, -3.25, 1.5e-9, 4.0e12}) {
            String text = f.format(v);
            assertEquals(Double.parseDouble(text), f.parse(text).doubleValue(), 0.0, text);
        }
    }

    @Test
    void parseFollowsTheNumberFormatContract() {
        SignificantFormat f = new SignificantFormat(3);
        ParsePosition at = new ParsePosition(4);
        assertEquals(0.25, f.parse("eps 0.25 %", at).doubleValue(), 0.0);
        assertEquals(8, at.getIndex(), "the index moves past the number");
        ParsePosition bad = new ParsePosition(0);
        assertNull(f.parse("none", bad));
        assertEquals(0, bad.getErrorIndex());
    }
}
