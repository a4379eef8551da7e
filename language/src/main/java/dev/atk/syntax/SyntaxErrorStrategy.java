package dev.atk.syntax;

import dev.atk.grammar.ATKParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery (single-token deletion and insertion, resynchronisation), but every report goes to a
 * {@link Sink} that writes a message for users instead of ANTLR's "mismatched input ... expecting {...}".
 * Inside a {@code { }} block, a statement that can't start or has words left over is skipped up to the next
 * separator, so the block's other statements are still checked.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    enum Kind { EXTRA, MISSING, MISMATCH, NO_ALTERNATIVE }

    interface Sink {
        void report(Parser parser, Token offending, ParserRuleContext ctx, IntervalSet expected, Kind kind);
    }

    private static final IntervalSet BLOCK_RESYNC = IntervalSet.of(ATKParser.NEWLINE);

    static {
        BLOCK_RESYNC.add(ATKParser.SEMI);
        BLOCK_RESYNC.add(ATKParser.RBRACE);
        BLOCK_RESYNC.add(Token.EOF);
    }

    private final Sink sink;

    SyntaxErrorStrategy(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        IntervalSet expected;
        try {
            expected = e.getExpectedTokens();
        } catch (RuntimeException ignored) {
            expected = null;
        }
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext p ? p : recognizer.getContext();
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        sink.report(recognizer, offending, ctx, expected == null ? new IntervalSet() : expected,
                e instanceof NoViableAltException ? Kind.NO_ALTERNATIVE : Kind.MISMATCH);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        sink.report(recognizer, recognizer.getCurrentToken(), recognizer.getContext(), getExpectedTokens(recognizer),
                Kind.EXTRA);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        sink.report(recognizer, recognizer.getCurrentToken(), recognizer.getContext(), getExpectedTokens(recognizer),
                Kind.MISSING);
    }

    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        if (!(recognizer.getContext() instanceof ATKParser.BlockContext)) {
            super.sync(recognizer);
            return;
        }
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        int la = recognizer.getInputStream().LA(1);
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        IntervalSet next = recognizer.getATN().nextTokens(state);
        if (la == Token.EOF || next.contains(la)) {
            return;
        }
        beginErrorCondition(recognizer);
        sink.report(recognizer, recognizer.getCurrentToken(), recognizer.getContext(), getExpectedTokens(recognizer),
                Kind.EXTRA);
        consumeUntil(recognizer, BLOCK_RESYNC);
    }
}
