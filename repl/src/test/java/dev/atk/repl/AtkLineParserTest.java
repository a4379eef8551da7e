package dev.atk.repl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class AtkLineParserTest {

    private static AtkParsedLine at(String line, int cursor) {
        return AtkLineParser.split(line, cursor);
    }

    @Test
    void wordUnderCursorIsTheIdentifier() {
        AtkParsedLine p = at("run sla", 7);
        assertEquals("sla", p.word());
        assertEquals(3, p.wordCursor());
        assertEquals("run", p.words().get(0));
    }

    @Test
    void wordStopsAtPunctuation() {
        assertEquals("q", at("run bce(), slam(q", 17).word());
        assertEquals("", at("run slam(", 9).word());
        assertEquals("eps_m", at("print p.eps_m", 13).word());
    }

    @Test
    void wordExtendsPastTheCursor() {
        AtkParsedLine p = at("run slam(q=0.5)", 6);
        assertEquals("slam", p.word());
        assertEquals(2, p.wordCursor());
    }

    @Test
    void commandsAndTheirArguments() {
        assertEquals(":lo", at(":lo", 3).word());
        assertEquals("examples/quick", at(":load examples/quick", 20).word());
        assertEquals("sta", at(":help sta", 9).word());
    }

    @Test
    void unfinishedStatementsContinue() {
        AtkLineParser parser = new AtkLineParser();
        assertThrows(EOFError.class, () -> parser.parse("print [1,", 9, ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("run slam(q=0.5", 14, ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> parser.parse("print [1,\n2]", 12, ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> parser.parse(":help (", 7, ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> parser.parse("print [1,", 9, ParseContext.COMPLETE));
        assertDoesNotThrow(() -> parser.parse("   ", 3, ParseContext.ACCEPT_LINE));
    }
}
