package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import static dev.atk.grammar.ATKParser.*;

import dev.atk.diag.Diagnostic;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.grammar.ATKParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Explains a syntax error the parser ran into: looks at the rule it was in, the token before the culprit and
 * what was expected, and picks a message from {@link Messages} with a hint. Never shows ANTLR's token sets.
 */
final class SyntaxErrors {

    static final List<String> STATEMENT_KEYWORDS =
            List.of("model", "data", "set", "let", "for", "run", "report", "print");

    private final Spans spans;

    SyntaxErrors(Spans spans) {
        this.spans = spans;
    }

    Diagnostic explain(Parser parser, Token t, ParserRuleContext ctx, IntervalSet expected) {
        TokenStream in = parser.getInputStream();
        int index = t.getTokenIndex();
        Token prev = index > 0 ? in.get(index - 1) : null;
        Token next = t.getType() != Token.EOF && index + 1 < in.size() ? in.get(index + 1) : null;
        int prevType = prev == null ? -1 : prev.getType();
        String found = describe(t);
        SourceSpan at = spanOf(t, prev);

        if (ctx instanceof StatementContext
                || (ctx instanceof BlockContext && (prev == null || prevType == NEWLINE || prevType == SEMI
                        || prevType == LBRACE))) {
            return statementStart(t, next, at, found);
        }
        if (ctx instanceof SingleStatementContext s) {
            return trailing(t, s.statement(), at, found, expected);
        }
        if (ctx instanceof BlockContext b) {
            return trailing(t, lastStatement(b), at, found, expected);
        }
        if (expected.contains(Token.EOF) || expected.contains(NEWLINE)) {
            return trailing(t, statementOf(ctx), at, found, expected); // the statement was complete: t is left over
        }

        ParserRuleContext owner = ownerOf(ctx);
        Diagnostic byPrevious = afterToken(t, next, prevType, owner, statementOf(ctx), at, found);
        if (byPrevious != null) {
            return byPrevious;
        }

        if (owner instanceof LoopVarContext lv && lv.IN() == null && lv.ident() != null && expected.contains(IN)) {
            String variable = lv.ident().getText();
            return err(at, Messages.expectedInAfterLoopVariable(variable), Messages.loopHint(variable));
        }
        if (owner instanceof ForStmtContext && (expected.contains(RUN) || expected.contains(LBRACE))) {
            String suggestion = t.getType() == ID ? DidYouMean.suggest(t.getText(), List.of("run")).orElse(null) : null;
            return err(at, Messages.missingLoopBody(found, suggestion), Messages.missingLoopBodyHint());
        }
        if (owner instanceof AttackContext a && a.LPAREN() == null && a.ident() != null) {
            String attack = a.ident().getText();
            return err(at, Messages.attackNeedsParentheses(attack), Messages.attackNeedsParenthesesHint(attack));
        }
        if (expected.contains(ASSIGN) && !expected.contains(NUMBER)) {
            String where = assignmentTarget(owner);
            if (where != null) {
                if (t.getType() == EQ) {
                    return err(at, Messages.comparisonIsNotAssign(where), Messages.comparisonIsNotAssignHint());
                }
                return err(at, Messages.expectedAfter("'='", where, found), null);
            }
        }
        if (startsValue(expected)) {
            if (isKeyword(t.getType()) && !startsValueToken(t.getType())) {
                return err(at, Messages.reservedWord(t.getText()),
                        Messages.keywordIsNotAValueHint(t.getText()));
            }
            return err(at, Messages.expectedAfter("a value", prev == null ? "" : prev.getText(), found), null);
        }
        ParserRuleContext bracket = enclosingBracket(ctx);
        if ((bracket instanceof CallOpContext || bracket instanceof AttackContext) && expected.contains(RPAREN)) {
            return err(at, Messages.expectedArgumentSeparator(found), Messages.argumentSeparatorHint());
        }
        if (bracket instanceof ListLitContext && expected.contains(RBRACK)) {
            return err(at, Messages.expectedListSeparator(found), Messages.listSeparatorHint());
        }
        if (bracket instanceof ParensContext p && expected.contains(RPAREN)) {
            SourceSpan open = spans.of(p.LPAREN().getSymbol());
            return err(at, Messages.expectedClosingParen(open.line(), open.column(), found), null);
        }
        return err(at, Messages.unexpectedToken(found, friendly(expected)), null);
    }

    /** Errors explained by the token just before the culprit: 'model', 'as', 'run', '.', ... */
    private Diagnostic afterToken(Token t, Token next, int prevType, ParserRuleContext owner,
                                  ParserRuleContext statement, SourceSpan at, String found) {
        switch (prevType) {
            case MODEL:
                return err(at, Messages.expectedAfter("a model name or a config path", "model", found),
                        Messages.forExample("model fashion_cnn", "model \"models/mine.json\""));
            case AS:
                if (statement instanceof ReportStmtContext) {
                    return err(at, Messages.missingReportFormat(found), Messages.reportFormatHint(OutputFormat.keywords()));
                }
                return name(t, next, "as", at, found);
            case DATA:
                return err(at, Messages.expectedAfter("a dataset name", "data", found),
                        Messages.forExample("data fashion split test sample 100"));
            case SPLIT:
                return err(at, Messages.expectedAfter("a split name", "split", found), Messages.forExample("split test"));
            case SET:
                return err(at, Messages.expectedAfter("a setting name", "set", found),
                        Messages.forExample("set threshold = 0.5"));
            case LET:
                return name(t, next, "let", at, found);
            case FOR:
                return loopVariable(t, next, "for", at, found);
            case INTO:
                return name(t, next, "into", at, found);
            case RUN:
                return err(at, Messages.missingAttack("run", found), Messages.missingAttackHint());
            case AT:
                if (statement instanceof RunStmtContext) {
                    return err(at, Messages.expectedAfter("'eps = VALUE'", "at", found),
                            Messages.forExample("run bce() at eps = 0.1"));
                }
                break;
            case REPORT:
                return err(at, Messages.expectedAfter("what to report", "report", found), Messages.forExample("report flips"));
            case PRINT:
                return err(at, Messages.expectedAfter("a value", "print", found), Messages.forExample("print profile()"));
            case TO:
                if (statement instanceof ReportStmtContext) {
                    return err(at, Messages.expectedAfter("a path", "to", found),
                            Messages.forExample("to \"results/flips.csv\""));
                }
                break;
            case DOT:
                return err(at, Messages.expectedAfter("a member name", ".", found), Messages.forExample("p.eps_max"));
            case COMMA:
                if (owner instanceof AttackListContext || owner instanceof AttackContext) {
                    return err(at, Messages.missingAttack(",", found), Messages.missingAttackHint());
                }
                if (owner instanceof LoopVarContext || owner instanceof ForStmtContext) {
                    return loopVariable(t, next, ",", at, found);
                }
                break;
            default:
                break;
        }
        return null;
    }

    private Diagnostic statementStart(Token t, Token next, SourceSpan at, String found) {
        if (t.getType() == ID) {
            String suggestion = DidYouMean.suggest(t.getText(), STATEMENT_KEYWORDS).orElse(null);
            String hint;
            if (next != null && next.getType() == ASSIGN) {
                hint = Messages.letHint(t.getText());
            } else if (next != null && next.getType() == LPAREN && suggestion == null) {
                hint = Messages.callIsNotAStatementHint(t.getText());
            } else {
                hint = Messages.statementStartHint();
            }
            return err(at, Messages.unknownStatement(t.getText(), suggestion), hint);
        }
        return err(at, Messages.statementCannotStart(found), Messages.statementStartHint());
    }

    private Diagnostic trailing(Token t, ParseTree statement, SourceSpan at, String found, IntervalSet expected) {
        if (t.getType() == Token.EOF || t.getType() == NEWLINE || t.getType() == SEMI) {
            return err(at, Messages.unexpectedToken(found, friendly(expected)), null);
        }
        ParseTree kind = statement instanceof StatementContext sc && sc.getChildCount() > 0 ? sc.getChild(0) : statement;
        if (t.getType() == ASSIGN && !(kind instanceof ModelStmtContext)) {
            return err(at, Messages.assignIsNotComparison(),
                    Messages.assignIsNotComparisonHint());
        }
        String suggestion = null;
        if (t.getType() == ID) {
            List<String> clauses = clauseKeywords(statement);
            suggestion = clauses.isEmpty() ? null : DidYouMean.suggest(t.getText(), clauses).orElse(null);
        }
        return err(at, Messages.expectedEndOfStatement(found, suggestion), Messages.endOfStatementHint());
    }

    private Diagnostic name(Token t, Token next, String after, SourceSpan at, String found) {
        if (isKeyword(t.getType()) && looksLikeName(next)) {
            return err(at, Messages.reservedWord(t.getText()), Messages.reservedWordHint(t.getText()));
        }
        return err(at, Messages.expectedAfter("a name", after, found), null);
    }

    private Diagnostic loopVariable(Token t, Token next, String after, SourceSpan at, String found) {
        if (isKeyword(t.getType()) && next != null && next.getType() == IN) {
            return err(at, Messages.reservedWord(t.getText()), Messages.reservedWordHint(t.getText()));
        }
        return err(at, Messages.expectedAfter("a loop variable", after, found), Messages.forExample("for eps in [0.1, 0.2] run bce()"));
    }

    /** After a keyword put where a name goes: does what follows look like the rest of the statement? */
    private static boolean looksLikeName(Token next) {
        if (next == null) {
            return false;
        }
        int type = next.getType();
        return type == ASSIGN || type == IN || type == Token.EOF || type == NEWLINE || type == SEMI || type == RBRACE;
    }

    private static String assignmentTarget(ParserRuleContext owner) {
        if (owner instanceof LetStmtContext let && let.ident() != null) {
            return "let " + let.ident().getText();
        }
        if (owner instanceof SetStmtContext set && set.setKey() != null) {
            return "set " + set.setKey().getText();
        }
        if (owner instanceof RunStmtContext run && run.atVar != null) {
            return "at " + run.atVar.getText();
        }
        return null;
    }

    private static ParserRuleContext ownerOf(ParserRuleContext ctx) {
        ParserRuleContext c = ctx;
        while (c != null && (c instanceof IdentContext || c instanceof ArgNameContext || c instanceof SetKeyContext
                || c instanceof ModelRefContext)) {
            c = c.getParent();
        }
        return c == null ? ctx : c;
    }

    /** The innermost call, list or parenthesis around {@code ctx}, or null. */
    private static ParserRuleContext enclosingBracket(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof CallOpContext || c instanceof AttackContext || c instanceof ListLitContext
                    || c instanceof ParensContext) {
                return c;
            }
            if (c instanceof StatementContext) {
                return null;
            }
        }
        return null;
    }

    /** The statement rule (modelStmt, dataStmt, ...) that {@code ctx} is part of, or null. */
    private static ParserRuleContext statementOf(ParserRuleContext ctx) {
        ParserRuleContext c = ctx;
        while (c != null && !(c.getParent() instanceof StatementContext)) {
            c = c.getParent();
        }
        return c;
    }

    private static ParseTree lastStatement(BlockContext b) {
        List<StatementContext> statements = b.statement();
        return statements.isEmpty() ? null : statements.get(statements.size() - 1);
    }

    /** The optional clause keywords of a statement, for "did you mean" on a misspelt clause. */
    private static List<String> clauseKeywords(ParseTree statement) {
        ParseTree s = statement instanceof StatementContext sc && sc.getChildCount() > 0 ? sc.getChild(0) : statement;
        if (s instanceof ModelStmtContext) {
            return List.of("as");
        }
        if (s instanceof DataStmtContext) {
            return List.of("at", "split", "sample", "seed", "where", "excluding");
        }
        if (s instanceof RunStmtContext) {
            return List.of("at", "into");
        }
        if (s instanceof ForStmtContext f) {
            return f.block() == null ? List.of("into") : List.of();
        }
        if (s instanceof ReportStmtContext) {
            return List.of("as", "to");
        }
        return List.of();
    }

    private Diagnostic err(SourceSpan span, String message, String hint) {
        return Diagnostic.error(span, message, hint);
    }

    /** Where to point: at the culprit, or just after the previous token when the culprit is an end of line. */
    SourceSpan spanOf(Token t, Token prev) {
        if ((t.getType() == Token.EOF || t.getType() == NEWLINE) && prev != null) {
            return spans.after(prev);
        }
        if (t.getType() == Token.EOF && TokenLayout.END_SEMI.equals(t.getText())) {
            return spans.of(spans.start(t), spans.start(t) + 1);
        }
        return spans.of(t);
    }

    /** How a token is named in a message: 'fashion', '=', "a string", end of line, end of file. */
    static String describe(Token t) {
        if (t.getType() == Token.EOF) {
            String text = t.getText();
            if (TokenLayout.END_NEWLINE.equals(text)) {
                return "end of line";
            }
            if (TokenLayout.END_SEMI.equals(text)) {
                return "';'";
            }
            return "end of file";
        }
        if (t.getType() == NEWLINE) {
            return "end of line";
        }
        String text = t.getText();
        if (text.length() > 24) {
            text = text.substring(0, 23) + "…";
        }
        return t.getType() == STRING ? text : "'" + text + "'";
    }

    static boolean isKeyword(int type) {
        return type >= MODEL && type <= NOT;
    }

    private static boolean startsValueToken(int type) {
        return switch (type) {
            case NUMBER, STRING, TRUE, FALSE, ID, LBRACK, LPAREN, MINUS, NOT -> true;
            default -> false;
        };
    }

    private static boolean startsValue(IntervalSet expected) {
        return expected.contains(NUMBER) && expected.contains(ID);
    }

    /** A short, human list of what was expected, or null when it would be a long list. */
    private static String friendly(IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (int type : expected.toList()) {
            if (startsValueToken(type) && type != LPAREN && type != MINUS) {
                names.add("a value");
            } else if (type == Token.EOF || type == NEWLINE || type == SEMI) {
                names.add("end of statement");
            } else {
                String literal = ATKParser.VOCABULARY.getLiteralName(type);
                if (literal == null) {
                    return null;
                }
                names.add(literal);
            }
        }
        if (names.isEmpty() || names.size() > 4) {
            return null;
        }
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }
}
