package dev.atk.syntax;

import dev.atk.source.Source;
import dev.atk.source.SourceSpan;
import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR positions into {@link SourceSpan}s. ANTLR counts code points; spans count Java chars, and
 * lines end at \n, \r\n or \r (as {@link Source#line(int)} does), so positions are computed here from offsets.
 */
final class Spans {
    private final Source source;
    private final int length;
    private final int[] lineStarts;
    private final int[] charOfCodePoint; // null when the text has no supplementary characters

    Spans(Source source) {
        this.source = source;
        String text = source.text();
        this.length = text.length();
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        if (text.codePointCount(0, text.length()) == text.length()) {
            this.charOfCodePoint = null;
        } else {
            int n = text.codePointCount(0, text.length());
            int[] map = new int[n + 1];
            int offset = 0;
            for (int cp = 0; cp < n; cp++) {
                map[cp] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            map[n] = text.length();
            this.charOfCodePoint = map;
        }
    }

    Source source() {
        return source;
    }

    /** The char offset of an ANTLR (code point) index. */
    int offset(int codePointIndex) {
        if (charOfCodePoint == null) {
            return Math.max(0, Math.min(codePointIndex, length));
        }
        return charOfCodePoint[Math.max(0, Math.min(codePointIndex, charOfCodePoint.length - 1))];
    }

    int start(Token t) {
        return offset(t.getStartIndex());
    }

    int end(Token t) {
        return t.getType() == Token.EOF ? offset(t.getStartIndex()) : offset(t.getStopIndex() + 1);
    }

    /** The span of char offsets [start, end); an empty range is a point (shown as a one-char caret). */
    SourceSpan of(int start, int end) {
        start = Math.max(0, Math.min(start, length));
        end = Math.max(start, Math.min(end, length));
        int line = lineOf(start);
        int column = start - lineStarts[line] + 1;
        if (end <= start) {
            return new SourceSpan(source, line + 1, column, line + 1, column, start, start);
        }
        int lastLine = lineOf(end - 1);
        int lastColumn = end - 1 - lineStarts[lastLine] + 1;
        return new SourceSpan(source, line + 1, column, lastLine + 1, lastColumn, start, end);
    }

    SourceSpan of(Token t) {
        return of(start(t), end(t));
    }

    SourceSpan of(Token first, Token last) {
        return of(start(first), Math.max(end(first), end(last)));
    }

    SourceSpan of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart() : ctx.getStop();
        return of(ctx.getStart(), stop);
    }

    /** A point just after {@code t}: where something missing at the end of a line should have been. */
    SourceSpan after(Token t) {
        int e = end(t);
        return of(e, e);
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
