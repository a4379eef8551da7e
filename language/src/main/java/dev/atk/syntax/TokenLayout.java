package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import dev.atk.diag.Diagnostic;
import dev.atk.diag.Messages;
import dev.atk.grammar.ATKLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The layout pass between the lexer and the parser:
 * <ul>
 *   <li>newlines end statements, except inside {@code (...)} and {@code [...]}, after a trailing {@code ,},
 *       and before a {@code {} (inside {@code {...}} they separate the block's statements);</li>
 *   <li>brackets are matched: a stray closer is reported and dropped, an opener that is never closed is reported
 *       at the opener, and the parser errors those mistakes cause are marked to be suppressed;</li>
 *   <li>lexical error tokens become diagnostics (unexpected characters, malformed numbers, unterminated strings
 *       and comments);</li>
 *   <li>the token stream is cut into top-level statements (at separators outside braces), each ended by its own
 *       EOF token whose text says what ended it.</li>
 * </ul>
 */
final class TokenLayout {

    /** A top-level statement's tokens, ending with an EOF token. */
    record Chunk(List<Token> tokens) {}

    record Result(List<Chunk> chunks, Set<Token> poisoned, List<Diagnostic> diagnostics, List<Integer> lexErrorOffsets,
                  boolean incomplete) {}

    static final String END_NEWLINE = "\n";
    static final String END_SEMI = ";";
    static final String END_FILE = "";

    private final Spans spans;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Integer> lexErrorOffsets = new ArrayList<>();
    private final Set<Token> poisoned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Token> out = new ArrayList<>();
    private final Deque<Token> openers = new ArrayDeque<>();
    /** Separators outside any bracket: where one top-level statement ends and the next begins. */
    private final Set<Token> boundaries = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Openers reported as never closed: the statement holding one can't parse, and its end is poisoned. */
    private final Set<Token> unclosed = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean incomplete;

    private TokenLayout(Spans spans) {
        this.spans = spans;
    }

    static Result run(Spans spans) {
        return new TokenLayout(spans).layout();
    }

    private Result layout() {
        ATKLexer lexer = new ATKLexer(CharStreams.fromString(spans.source().text(), spans.source().name()));
        lexer.removeErrorListeners();
        List<? extends Token> all = lexer.getAllTokens();
        boolean eofPoisoned = false;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            switch (t.getType()) {
                case ATKLexer.WS, ATKLexer.LINE_COMMENT -> { }
                case ATKLexer.BLOCK_COMMENT -> {
                    String text = t.getText();
                    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                        newline(t, all, i); // a comment spanning lines ends a statement like the newline in it
                    }
                }
                case ATKLexer.UNTERMINATED_COMMENT -> {
                    lexError(t, spans.of(spans.start(t), spans.start(t) + 2), Messages.unterminatedComment(),
                            Messages.unterminatedCommentHint());
                    incomplete = true;
                    eofPoisoned = true;
                }
                case ATKLexer.TRIPLE_STRING -> emit(retype(t, ATKLexer.STRING));
                case ATKLexer.UNTERMINATED_TRIPLE_STRING -> {
                    lexError(t, spans.of(spans.start(t), spans.start(t) + 3), Messages.unterminatedTripleString(),
                            Messages.unterminatedTripleStringHint());
                    incomplete = true; // the REPL waits for the closing quotes
                    eofPoisoned = true;
                }
                case ATKLexer.UNTERMINATED_STRING -> {
                    lexError(t, spans.of(spans.start(t), spans.start(t) + 1), Messages.unterminatedString(),
                            Messages.unterminatedStringHint());
                    emit(retype(t, ATKLexer.STRING));
                }
                case ATKLexer.SQ_STRING -> {
                    lexError(t, spans.of(t), Messages.singleQuotedString(), Messages.singleQuotedStringHint());
                    emit(retype(t, ATKLexer.STRING));
                }
                case ATKLexer.BAD_NUMBER -> {
                    lexError(t, spans.of(t), Messages.malformedNumber(t.getText()), Messages.malformedNumberHint());
                    emit(retype(t, ATKLexer.NUMBER));
                }
                case ATKLexer.ERROR_CHAR -> {
                    int j = i;
                    StringBuilder chars = new StringBuilder(t.getText());
                    while (j + 1 < all.size() && all.get(j + 1).getType() == ATKLexer.ERROR_CHAR
                            && all.get(j + 1).getStartIndex() == all.get(j).getStopIndex() + 1) {
                        j++;
                        chars.append(all.get(j).getText());
                    }
                    lexError(t, spans.of(spans.start(t), spans.end(all.get(j))),
                            Messages.unexpectedCharacter(chars.toString()),
                            Messages.unexpectedCharacterHint(chars.toString()));
                    i = j;
                }
                case ATKLexer.NEWLINE -> newline(t, all, i);
                case ATKLexer.LPAREN, ATKLexer.LBRACK, ATKLexer.LBRACE -> {
                    openers.push(t);
                    emit(t);
                }
                case ATKLexer.RPAREN, ATKLexer.RBRACK, ATKLexer.RBRACE -> closer(t);
                case ATKLexer.SEMI -> separator(t);
                default -> emit(t);
            }
        }
        Token last = lastSignificant();
        if (last != null && last.getType() == ATKLexer.COMMA) {
            incomplete = true;
        }
        if (!openers.isEmpty()) {
            incomplete = true;
            eofPoisoned = true;
            List<Token> unclosed = new ArrayList<>(openers);
            Collections.reverse(unclosed);
            for (Token o : unclosed) {
                reportNeverClosed(o);
            }
            openers.clear();
        }
        Token eof = endToken(END_FILE, lexer.getInputStream().size(), lexer.getLine(), lexer.getCharPositionInLine());
        if (eofPoisoned) {
            poisoned.add(eof);
        }
        return new Result(chunk(eof), poisoned, diagnostics, lexErrorOffsets, incomplete);
    }

    private void newline(Token t, List<? extends Token> all, int index) {
        Token next = nextSignificant(all, index);
        if (!openers.isEmpty() && openers.peek().getType() != ATKLexer.LBRACE) {
            if (next == null || !isStatementKeyword(next.getType())) {
                return; // inside (...) or [...]: the statement goes on
            }
            // A statement keyword at the start of a line inside brackets: the bracket was never closed.
            while (!openers.isEmpty() && openers.peek().getType() != ATKLexer.LBRACE) {
                reportNeverClosed(openers.pop());
            }
            Token nl = asNewline(t);
            poisoned.add(nl);
            separator(nl);
            return;
        }
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last == null || last.getType() == ATKLexer.NEWLINE || last.getType() == ATKLexer.SEMI
                || last.getType() == ATKLexer.COMMA || last.getType() == ATKLexer.LBRACE) {
            return; // blank line, or continuation after ',' (a '{' is followed by the block's statements anyway)
        }
        if (next != null && next.getType() == ATKLexer.LBRACE) {
            return; // `for eps in x` NEWLINE `{`: the block belongs to the loop
        }
        separator(asNewline(t));
    }

    /** Emits a newline or ';', marking it as a statement boundary when no bracket or brace is open. */
    private void separator(Token t) {
        if (openers.isEmpty()) {
            boundaries.add(t);
        }
        out.add(t);
    }

    private void closer(Token t) {
        int want = switch (t.getType()) {
            case ATKLexer.RPAREN -> ATKLexer.LPAREN;
            case ATKLexer.RBRACK -> ATKLexer.LBRACK;
            default -> ATKLexer.LBRACE;
        };
        if (!openers.isEmpty() && openers.peek().getType() == want) {
            openers.pop();
            emit(t);
            return;
        }
        boolean deeper = false;
        for (Token o : openers) {
            if (o.getType() == want) {
                deeper = true;
                break;
            }
        }
        if (!deeper) {
            lexError(t, spans.of(t), Messages.unmatchedCloser(t.getText()), Messages.unmatchedCloserHint(openerText(want)));
            return; // dropped, so the rest of the statement still parses
        }
        while (openers.peek().getType() != want) {
            reportNeverClosed(openers.pop());
        }
        openers.pop();
        poisoned.add(t);
        emit(t);
    }

    private void reportNeverClosed(Token opener) {
        unclosed.add(opener);
        String closer = switch (opener.getType()) {
            case ATKLexer.LPAREN -> ")";
            case ATKLexer.LBRACK -> "]";
            default -> "}";
        };
        diagnostics.add(Diagnostic.error(spans.of(opener), Messages.neverClosed(opener.getText()),
                Messages.neverClosedHint(closer)));
    }

    private void lexError(Token t, SourceSpan span, String message, String hint) {
        diagnostics.add(Diagnostic.error(span, message, hint));
        lexErrorOffsets.add(spans.start(t));
    }

    private void emit(Token t) {
        out.add(t);
    }

    private Token lastSignificant() {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).getType() != ATKLexer.NEWLINE) {
                return out.get(i);
            }
        }
        return null;
    }

    private static Token nextSignificant(List<? extends Token> all, int index) {
        for (int i = index + 1; i < all.size(); i++) {
            Token t = all.get(i);
            switch (t.getType()) {
                case ATKLexer.WS, ATKLexer.LINE_COMMENT, ATKLexer.BLOCK_COMMENT, ATKLexer.NEWLINE -> { }
                default -> {
                    return t;
                }
            }
        }
        return null;
    }

    static boolean isStatementKeyword(int type) {
        return switch (type) {
            case ATKLexer.MODEL, ATKLexer.DATA, ATKLexer.SET, ATKLexer.LET, ATKLexer.FOR, ATKLexer.RUN,
                    ATKLexer.REPORT, ATKLexer.PRINT -> true;
            default -> false;
        };
    }

    private static String openerText(int type) {
        return switch (type) {
            case ATKLexer.LPAREN -> "(";
            case ATKLexer.LBRACK -> "[";
            default -> "{";
        };
    }

    private static Token retype(Token t, int type) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        return c;
    }

    private static Token asNewline(Token t) {
        if (t.getType() == ATKLexer.NEWLINE) {
            return t;
        }
        CommonToken c = new CommonToken(t); // a block comment spanning lines
        c.setType(ATKLexer.NEWLINE);
        c.setChannel(Token.DEFAULT_CHANNEL);
        return c;
    }

    private Token endToken(String text, int start, int line, int column) {
        CommonToken eof = new CommonToken(Token.EOF, text);
        eof.setStartIndex(start);
        eof.setStopIndex(start - 1);
        eof.setLine(line);
        eof.setCharPositionInLine(column);
        return eof;
    }

    /** Cuts the tokens into top-level statements at the boundaries. */
    private List<Chunk> chunk(Token fileEnd) {
        List<Chunk> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean broken = false;
        for (Token t : out) {
            if (boundaries.contains(t)) {
                if (!current.isEmpty()) {
                    Token end = endToken(t.getType() == ATKLexer.SEMI ? END_SEMI : END_NEWLINE, t.getStartIndex(),
                            t.getLine(), t.getCharPositionInLine());
                    if (broken || poisoned.contains(t)) {
                        poisoned.add(end);
                    }
                    current.add(end);
                    chunks.add(new Chunk(current));
                    current = new ArrayList<>();
                    broken = false;
                }
                continue;
            }
            broken |= unclosed.contains(t);
            current.add(t);
        }
        if (!current.isEmpty()) {
            if (broken) {
                poisoned.add(fileEnd);
            }
            current.add(fileEnd);
            chunks.add(new Chunk(current));
        }
        return chunks;
    }
}
