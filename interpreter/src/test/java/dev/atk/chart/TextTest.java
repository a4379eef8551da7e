package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextTest {
    private Graphics2D g;

    @BeforeEach
    void open() {
        g = Canvas.measuring(2);
    }

    @AfterEach
    void close() {
        g.dispose();
    }

    @Test
    void wrappedLinesFitAndKeepEveryCharacter() {
        String text = "+ a_really_long_label_name@bottom_right_corner and some words";
        double width = 90;
        List<String> lines = Text.wrap(g, Theme.CAPTION, text, width);
        assertTrue(lines.size() > 1);
        for (String line : lines) {
            assertTrue(Text.width(g, Theme.CAPTION, line) <= width, "too wide: '" + line + "'");
        }
        assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }

    @Test
    void wordsThatFitAreNotSplit() {
        List<String> lines = Text.wrap(g, Theme.CAPTION, "bag@top_left, shirt@top_right", 120);
        assertEquals(List.of("bag@top_left,", "shirt@top_right"), lines);
    }

    @Test
    void shortTextStaysOnOneLineAndNewlinesAreKept() {
        assertEquals(List.of("short"), Text.wrap(g, Theme.CAPTION, "short", 200));
        assertEquals(List.of("one", "two"), Text.wrap(g, Theme.CAPTION, "one\ntwo", 200));
        assertEquals(List.of(""), Text.wrap(g, Theme.CAPTION, "", 200));
    }

    @Test
    void fitAddsAnEllipsisOnlyWhenNeeded() {
        assertEquals("title", Text.fit(g, Theme.TITLE, "title", 500));
        String fitted = Text.fit(g, Theme.TITLE, "a rather long chart title that cannot fit", 80);
        assertTrue(fitted.endsWith("\u2026"));
        assertTrue(Text.width(g, Theme.TITLE, fitted) <= 80);
    }
}
