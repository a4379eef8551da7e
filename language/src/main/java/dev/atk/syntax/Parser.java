package dev.atk.syntax;

import dev.atk.source.Source;
import dev.atk.source.SourceSpan;
import dev.atk.diag.Diagnostic;
import dev.atk.diag.Messages;
import dev.atk.grammar.ATKParser;
import dev.atk.limits.Limits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The syntax stage's one door: ATK text in, AST and diagnostics out. Never throws on any input.
 *
 * <p>Each top-level statement is parsed on its own (the layout pass cuts the text at newlines and ';' outside
 * brackets), so a mistake in one statement never hides the next one. Every syntax error is collected, at most one
 * per statement (or per statement of a {@code { }} block) and one per position.
 */
public final class Parser {
    private final Source source;
    private final Spans spans;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Parser(Source source) {
        this.source = source;
        this.spans = new Spans(source);
    }

    /** Parses a whole script (or one REPL entry). */
    public static ParseResult parse(Source source) {
        try {
            return new Parser(source).run();
        } catch (RuntimeException | StackOverflowError e) {
            SourceSpan start = new SourceSpan(source, 1, 1, 1, 1, 0, 0);
            return new ParseResult(List.of(), List.of(Diagnostic.error(start, Messages.parserFailure(),
                    Messages.parserFailureHint())));
        }
    }

    /**
     * Whether {@code text} stops in the middle of a statement (an open bracket or block, an unterminated block
     * comment, a trailing ','), so a REPL should read another line before parsing.
     */
    public static boolean isIncomplete(String text) {
        try {
            return TokenLayout.run(new Spans(new Source("<input>", text))).incomplete();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ParseResult run() {
        TokenLayout.Result layout = TokenLayout.run(spans);
        diagnostics.addAll(layout.diagnostics());
        List<Stmt> statements = new ArrayList<>();
        Set<Integer> reportedOffsets = new HashSet<>();
        ATKParser parser = new ATKParser(null);
        parser.removeErrorListeners();
        AstBuilder builder = new AstBuilder(spans, diagnostics);
        SyntaxErrors explainer = new SyntaxErrors(spans);
        for (TokenLayout.Chunk chunk : layout.chunks()) {
            long tokens = chunk.tokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).count();
            if (tokens > Limits.MAX_STATEMENT_TOKENS) {
                diagnostics.add(Diagnostic.error(spans.of(chunk.tokens().get(0)),
                        Messages.statementTooLong(Limits.count(tokens), Limits.count(Limits.MAX_STATEMENT_TOKENS)),
                        Messages.nestedTooDeeplyHint()));
                continue;
            }
            ChunkErrors errors = new ChunkErrors(explainer, layout, reportedOffsets);
            parser.setTokenStream(new CommonTokenStream(new ListTokenSource(chunk.tokens())));
            parser.setErrorHandler(new SyntaxErrorStrategy(errors));
            parser.removeErrorListeners();
            parser.addErrorListener(errors.fallback());
            ATKParser.SingleStatementContext tree;
            try {
                tree = parser.singleStatement();
            } catch (StackOverflowError e) {
                Token first = chunk.tokens().get(0);
                diagnostics.add(Diagnostic.error(spans.of(first), Messages.nestedTooDeeply(Limits.MAX_NESTING),
                        Messages.nestedTooDeeplyHint()));
                continue;
            }
            if (errors.any) {
                continue;
            }
            try {
                Stmt statement = builder.statement(tree.statement());
                Optional<SourceSpan> tooDeep = NestingDepth.tooDeep(statement);
                if (tooDeep.isPresent()) {
                    diagnostics.add(Diagnostic.error(tooDeep.get(), Messages.nestedTooDeeply(Limits.MAX_NESTING),
                            Messages.nestedTooDeeplyHint()));
                } else {
                    statements.add(statement);
                }
            } catch (StackOverflowError e) {
                diagnostics.add(Diagnostic.error(spans.of(tree.getStart()), Messages.nestedTooDeeply(Limits.MAX_NESTING),
                        Messages.nestedTooDeeplyHint()));
            }
        }
        List<Diagnostic> sorted = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            if (positions.add(d.span().start())) { // one diagnostic per position: the first stage's wins
                sorted.add(d);
            }
        }
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
        return new ParseResult(statements, sorted);
    }

    /** Collects one chunk's parser errors: drops those caused by a reported lexical problem, and cascades. */
    private final class ChunkErrors implements SyntaxErrorStrategy.Sink {
        private final SyntaxErrors explainer;
        private final TokenLayout.Result layout;
        private final Set<Integer> reportedOffsets;
        private int lastErrorIndex = -1;
        boolean any;

        ChunkErrors(SyntaxErrors explainer, TokenLayout.Result layout, Set<Integer> reportedOffsets) {
            this.explainer = explainer;
            this.layout = layout;
            this.reportedOffsets = reportedOffsets;
        }

        @Override
        public void report(org.antlr.v4.runtime.Parser parser, Token offending, ParserRuleContext ctx,
                           IntervalSet expected, SyntaxErrorStrategy.Kind kind) {
            any = true;
            TokenStream in = parser.getInputStream();
            int index = offending.getTokenIndex();
            boolean cascade = lastErrorIndex >= 0 && !separatorBetween(in, lastErrorIndex, index);
            lastErrorIndex = Math.max(lastErrorIndex, index);
            if (cascade || layout.poisoned().contains(offending) || afterLexicalError(offending)) {
                return;
            }
            Diagnostic d = explainer.explain(parser, offending, ctx, expected);
            if (reportedOffsets.add(d.span().start())) {
                diagnostics.add(d);
            }
        }

        private boolean separatorBetween(TokenStream in, int from, int to) {
            for (int i = from + 1; i < to && i < in.size(); i++) {
                int type = in.get(i).getType();
                if (type == ATKParser.NEWLINE || type == ATKParser.SEMI) {
                    return true;
                }
            }
            return false;
        }

        /** A lexical error earlier on the same line already explains what the parser trips over. */
        private boolean afterLexicalError(Token offending) {
            int offset = spans.start(offending);
            int line = spans.of(offset, offset).line();
            for (int lexOffset : layout.lexErrorOffsets()) {
                if (lexOffset <= offset && spans.of(lexOffset, lexOffset).line() == line) {
                    return true;
                }
            }
            return false;
        }

        /** ANTLR reports everything through the strategy; anything else still becomes a readable diagnostic. */
        BaseErrorListener fallback() {
            return new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                        String msg, RecognitionException e) {
                    any = true;
                    if (offendingSymbol instanceof Token t && reportedOffsets.add(spans.start(t))) {
                        diagnostics.add(Diagnostic.error(spans.of(t),
                                Messages.unexpectedToken(SyntaxErrors.describe(t), null), null));
                    }
                }
            };
        }
    }

    @Override
    public String toString() {
        return "Parser[" + source.name() + "]";
    }
}
