package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    private static final FontMetrics CAPTION = TextWrap.metrics(ChartStyle.CAPTION);
    private static final String FLIPS = "+Ankle boot, −T-shirt/top, +Sneaker, −Bag, +Trouser";

    @Test
    void captionsBreakOnlyBetweenLabels() {
        List<String> lines = TextWrap.items(FLIPS, CAPTION, 90);
        assertTrue(lines.size() >= 3, lines.toString());
        List<String> items = TextWrap.itemsOf(FLIPS);
        for (String line : lines) {
            // each line is whole items: every piece of it is one of the caption's labels (with its comma)
            for (String piece : TextWrap.itemsOf(line)) {
                assertTrue(items.contains(piece) || items.contains(piece + ","), piece + " in " + lines);
            }
        }
        assertEquals(FLIPS, String.join(" ", lines), "joining the lines gives back the caption");
    }

    @Test
    void aLabelWiderThanTheLineStaysWhole() {
        List<String> lines = TextWrap.items("+Ankle boot, −Bag", CAPTION, 10);
        assertEquals(List.of("+Ankle boot,", "−Bag"), lines);
        assertTrue(TextWrap.widestItem("+Ankle boot, −Bag", CAPTION)
                >= CAPTION.getStringBounds("+Ankle boot,", null).getWidth() - 1e-9);
    }

    @Test
    void titlesBreakAtSpaces() {
        List<String> lines = TextWrap.words("Confidence toward each label's target", CAPTION, 80);
        assertTrue(lines.size() > 1);
        assertEquals("Confidence toward each label's target", String.join(" ", lines));
    }
}
