package dev.atk.syntax;

import dev.atk.source.Source;
import dev.atk.source.SourceSpan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import java.util.List;

/** Shared checks of parse results. */
final class SyntaxAssertions {
    private SyntaxAssertions() {}

    /** The words of ANTLR's own messages, which users must never see. */
    private static final List<String> ANTLR_WORDS = List.of("mismatched input", "extraneous input", "no viable alternative",
            "missing '", "expecting {", "token recognition error", "<EOF>", "T__", "at input");

    static void assertReadable(Diagnostic d) {
        for (String w : ANTLR_WORDS) {
            assertFalse(d.message().contains(w), "raw ANTLR text in: " + d.message());
        }
        assertFalse(d.message().isBlank());
    }

    /** Spans inside the text, lines and columns consistent with offsets. */
    static void assertSane(Source source, Diagnostic d) {
        SourceSpan s = d.span();
        int length = source.text().length();
        assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= length, "offsets out of range: " + s.start()
                + ".." + s.end() + " of " + length + " for " + d.message());
        assertTrue(s.line() >= 1 && s.column() >= 1, "bad position " + s.line() + ":" + s.column());
        assertTrue(s.endLine() >= s.line(), "end before start in " + d.message());
    }

    static ParseResult parseOk(String text) {
        ParseResult r = Parser.parse(new Source("test.atk", text));
        assertFalse(r.hasErrors(), () -> "unexpected errors:\n" + String.join("\n",
                r.diagnostics().stream().map(Diagnostic::render).toList()));
        return r;
    }

    static ParseResult parse(String text) {
        return Parser.parse(new Source("test.atk", text));
    }
}
