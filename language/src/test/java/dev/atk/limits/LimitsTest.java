package dev.atk.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import dev.atk.source.SourceSpan;
import dev.atk.syntax.ParseResult;
import dev.atk.syntax.Parser;
import dev.atk.value.RangeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes are reasoned about, not expanded; what a user sees of a huge input stays small and points at the right place. */
class LimitsTest {

    @Test
    void aRangeKnowsItsSizeWithoutExpanding() {
        assertEquals(3, new RangeValue(0.01, 0.03, 0.01).size());   // 0.03 - 0.01 is 0.019999…: the tolerance keeps 3
        assertEquals(1e12 + 1, new RangeValue(0, 1e12, null).size());
        assertEquals(0, new RangeValue(2, 1, null).size());
        assertTrue(Double.isNaN(new RangeValue(0, 1, 0.0).size()));
        assertTrue(Double.isNaN(new RangeValue(0, Double.POSITIVE_INFINITY, 1.0).size()));
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), new RangeValue(0, 1, 0.25).values());
    }

    @Test
    void aRangeTooLargeOrWithABadStepIsRefusedNotExpanded() {
        assertTrue(new RangeValue(0, 1e12, null).problem().orElseThrow().contains("1,000,000,000,001 values"));
        assertTrue(new RangeValue(0, 1, 0.0).problem().orElseThrow().contains("positive"));
        assertTrue(new RangeValue(0, 1, Double.NaN).problem().isPresent());
        assertFalse(new RangeValue(0, Limits.MAX_SEQUENCE - 1, null).problem().isPresent());
        assertThrows(IllegalStateException.class, () -> new RangeValue(0, 1e12, null).values());
    }

    @Test
    void aLongLineIsShownAsAWindowWithTheCaretUnderTheCulprit() {
        String line = "print " + "x + ".repeat(5000) + "oops";
        Source source = new Source("long.atk", line + "\n");
        int column = line.indexOf("oops") + 1;
        Diagnostic d = Diagnostic.error(new SourceSpan(source, 1, column, 1, column + 4, column - 1, column + 3),
                "unknown name 'oops'", "a hint");
        String[] rendered = d.render().split("\n");
        assertTrue(d.render().length() < 600, () -> d.render().length() + " characters");
        String shown = rendered[1].substring(rendered[1].indexOf("| ") + 2);
        String carets = rendered[2].substring(rendered[2].indexOf("| ") + 2);
        assertTrue(shown.startsWith("…"), shown);
        assertEquals("oops", shown.substring(carets.indexOf('^'), carets.indexOf('^') + 4), shown + "\n" + carets);
    }

    @Test
    void aHugeTokenMakesABoundedMessage() {
        Diagnostic d = Diagnostic.error(new SourceSpan(new Source("s.atk", "x"), 1, 1, 1, 2, 0, 1),
                "unknown name '" + "x".repeat(1 << 20) + "'", "h".repeat(5000));
        assertTrue(d.render().length() < 1200, () -> d.render().length() + " characters");
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() {
        ParseResult withBom = Parser.parse(new Source("bom.atk", "\ufeffprint (1"));
        ParseResult without = Parser.parse(new Source("plain.atk", "print (1"));
        assertEquals(without.diagnostics().get(0).span().column(), withBom.diagnostics().get(0).span().column());
    }

    @Test
    void nestingPastTheLimitIsOnePositionedErrorAtTheExpressionsStart() {
        for (String deep : List.of("print " + "1 + ".repeat(Limits.MAX_NESTING) + "1",
                "print " + "[".repeat(Limits.MAX_NESTING + 5) + "1" + "]".repeat(Limits.MAX_NESTING + 5),
                "print 1" + ".eps_max".repeat(10_000))) {
            ParseResult r = Parser.parse(new Source("deep.atk", deep));
            assertEquals(1, r.diagnostics().size(), () -> r.diagnostics().toString());
            assertTrue(r.diagnostics().get(0).message().contains("nested too deeply"), r.diagnostics().get(0)::message);
            assertEquals(7, r.diagnostics().get(0).span().column());
        }
        assertTrue(Parser.parse(new Source("ok.atk", "print " + "1 + ".repeat(Limits.MAX_NESTING - 2) + "1"))
                .diagnostics().isEmpty());
        // parentheses leave no node in the tree; ten thousand of them still end in one positioned error
        ParseResult parens = Parser.parse(new Source("parens.atk", "print " + "(".repeat(10_000) + "1" + ")".repeat(10_000)));
        assertEquals(1, parens.diagnostics().size(), () -> parens.diagnostics().toString());
        assertTrue(parens.diagnostics().get(0).message().contains("nested too deeply"));
    }
}
