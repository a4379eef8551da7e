package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import dev.atk.diag.Diagnostic;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.grammar.ATKParser;
import dev.atk.grammar.ATKParser.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Converts an error-free parse tree into the immutable AST, with spans, resolved string escapes and number values.
 * Reports the mistakes a grammar can't express well: unknown report formats, bad escapes, chained comparisons,
 * calls of something that is not a name, duplicate {@code data} clauses, two statements on one line in a block.
 */
final class AstBuilder {
    private final Spans spans;
    private final List<Diagnostic> diagnostics;

    AstBuilder(Spans spans, List<Diagnostic> diagnostics) {
        this.spans = spans;
        this.diagnostics = diagnostics;
    }

    // ---- statements ----

    Stmt statement(StatementContext c) {
        ParseTree s = c.getChild(0);
        if (s instanceof ModelStmtContext m) {
            return model(m);
        }
        if (s instanceof DataStmtContext d) {
            return data(d);
        }
        if (s instanceof SetStmtContext st) {
            return new Stmt.SetStmt(spans.of(st), ident(st.setKey()), expr(st.expr()));
        }
        if (s instanceof LetStmtContext l) {
            return new Stmt.LetStmt(spans.of(l), ident(l.ident()), expr(l.expr()));
        }
        if (s instanceof ForStmtContext f) {
            return forStmt(f);
        }
        if (s instanceof RunStmtContext r) {
            return new Stmt.RunStmt(spans.of(r), attacks(r.attackList()), optionalIdent(r.atVar),
                    Optional.ofNullable(r.atValue).map(this::expr), optionalIdent(r.into));
        }
        if (s instanceof ReportStmtContext r) {
            return report(r);
        }
        if (s instanceof PrintStmtContext p) {
            return new Stmt.PrintStmt(spans.of(p), expr(p.expr()));
        }
        throw new IllegalStateException("unknown statement " + s.getClass().getSimpleName());
    }

    private Stmt model(ModelStmtContext c) {
        ModelRefContext r = c.modelRef();
        SourceSpan refSpan = spans.of(r);
        boolean isPath = r.STRING() != null;
        String ref = isPath ? string(r.STRING().getSymbol()) : r.ident().getText();
        return new Stmt.ModelStmt(spans.of(c), ref, isPath, refSpan, optionalIdent(c.alias));
    }

    private Stmt data(DataStmtContext c) {
        Optional<Expr> at = Optional.empty();
        Optional<Ident> split = Optional.empty();
        Optional<Expr> sample = Optional.empty();
        Optional<Expr> seed = Optional.empty();
        Optional<Expr> where = Optional.empty();
        Optional<Stmt.Excluding> excluding = Optional.empty();
        Set<String> seen = new HashSet<>();
        for (DataClauseContext clause : c.dataClause()) {
            Token keyword = clause.getStart();
            if (!seen.add(keyword.getText())) {
                diagnostics.add(Diagnostic.error(spans.of(keyword), Messages.duplicateClause(keyword.getText(), "data"),
                        Messages.duplicateClauseHint()));
                continue;
            }
            if (clause instanceof DataAtContext a) {
                at = Optional.of(expr(a.expr()));
            } else if (clause instanceof DataSplitContext s) {
                split = Optional.of(ident(s.ident()));
            } else if (clause instanceof DataSampleContext s) {
                sample = Optional.of(expr(s.expr()));
            } else if (clause instanceof DataSeedContext s) {
                seed = Optional.of(expr(s.expr()));
            } else if (clause instanceof DataWhereContext w) {
                where = Optional.of(expr(w.expr()));
            } else if (clause instanceof DataExcludingContext e) {
                excluding = Optional.of(new Stmt.Excluding(spans.of(e), expr(e.expr(0)), expr(e.expr(1))));
            }
        }
        return new Stmt.DataStmt(spans.of(c), ident(c.ident()), at, split, sample, seed, where, excluding);
    }

    private Stmt forStmt(ForStmtContext c) {
        List<Stmt.LoopVar> loops = new ArrayList<>();
        for (LoopVarContext v : c.loopVar()) {
            loops.add(new Stmt.LoopVar(ident(v.ident()), expr(v.expr())));
        }
        if (c.block() == null) {
            return new Stmt.ForRunStmt(spans.of(c), List.copyOf(loops), attacks(c.attackList()), optionalIdent(c.into));
        }
        return new Stmt.ForBlockStmt(spans.of(c), List.copyOf(loops), block(c.block()));
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> body = new ArrayList<>();
        boolean needSeparator = false;
        for (ParseTree child : c.children) {
            if (child instanceof StatementContext s) {
                if (needSeparator) {
                    diagnostics.add(Diagnostic.error(spans.of(s.getStart()),
                            Messages.expectedEndOfStatement(SyntaxErrors.describe(s.getStart()), null),
                            Messages.endOfStatementHint()));
                }
                body.add(statement(s));
                needSeparator = true;
            } else if (child instanceof SepContext) {
                needSeparator = false;
            }
        }
        return List.copyOf(body);
    }

    private Stmt report(ReportStmtContext c) {
        Optional<Stmt.Format> format = optionalIdent(c.format).flatMap(f -> {
            Optional<OutputFormat> known = OutputFormat.fromKeyword(f.name());
            if (known.isEmpty()) {
                String suggestion = DidYouMean.suggest(f.name(), OutputFormat.keywords()).orElse(null);
                diagnostics.add(Diagnostic.error(f.span(), Messages.unknownReportFormat(f.name(), suggestion),
                        Messages.reportFormatHint(OutputFormat.keywords())));
            }
            return known.map(k -> new Stmt.Format(k, f.span()));
        });
        return new Stmt.ReportStmt(spans.of(c), expr(c.what), format, Optional.ofNullable(c.to).map(this::expr));
    }

    private List<Expr.Call> attacks(AttackListContext c) {
        List<Expr.Call> calls = new ArrayList<>();
        for (AttackContext a : c.attack()) {
            Ident name = ident(a.ident());
            calls.add(new Expr.Call(spans.of(a), new Expr.Name(name.span(), name), args(a.argList())));
        }
        return List.copyOf(calls);
    }

    // ---- expressions ----

    Expr expr(ExprContext c) {
        return or(c.orExpr());
    }

    // Each rule's operand list is fetched once: ANTLR builds it anew on every call, which made long chains quadratic.
    private Expr or(OrExprContext c) {
        List<AndExprContext> terms = c.andExpr();
        Expr e = and(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            Expr right = and(terms.get(i));
            e = new Expr.Binary(e.span().to(right.span()), Expr.BinaryOp.OR, e, right);
        }
        return e;
    }

    private Expr and(AndExprContext c) {
        List<NotExprContext> terms = c.notExpr();
        Expr e = not(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            Expr right = not(terms.get(i));
            e = new Expr.Binary(e.span().to(right.span()), Expr.BinaryOp.AND, e, right);
        }
        return e;
    }

    private Expr not(NotExprContext c) {
        if (c.NOT() != null) {
            Expr operand = not(c.notExpr());
            return new Expr.Unary(spans.of(c.NOT().getSymbol()).to(operand.span()), Expr.UnaryOp.NOT, operand);
        }
        return comparison(c.comparison());
    }

    private Expr comparison(ComparisonContext c) {
        List<RangeExprContext> terms = c.rangeExpr();
        List<CompOpContext> ops = c.compOp();
        Expr e = range(terms.get(0));
        if (ops.size() > 1) {
            diagnostics.add(Diagnostic.error(spans.of(ops.get(1).getStart()), Messages.chainedComparison(),
                    Messages.chainedComparisonHint()));
        }
        for (int i = 0; i < ops.size(); i++) {
            Expr right = range(terms.get(i + 1));
            e = new Expr.Binary(e.span().to(right.span()), compOp(ops.get(i).getStart()), e, right);
        }
        return e;
    }

    private static Expr.BinaryOp compOp(Token t) {
        return switch (t.getType()) {
            case ATKParser.LT -> Expr.BinaryOp.LT;
            case ATKParser.LE -> Expr.BinaryOp.LE;
            case ATKParser.GT -> Expr.BinaryOp.GT;
            case ATKParser.GE -> Expr.BinaryOp.GE;
            case ATKParser.EQ -> Expr.BinaryOp.EQ;
            default -> Expr.BinaryOp.NE;
        };
    }

    private Expr range(RangeExprContext c) {
        Expr from = binaryChain(c.additive(0));
        if (c.DOTDOT() == null) {
            return from;
        }
        Expr to = binaryChain(c.additive(1));
        Optional<Expr> step = c.STEP() == null ? Optional.empty() : Optional.of(binaryChain(c.additive(2)));
        return new Expr.Range(spans.of(c), from, to, step);
    }

    /** additive and multiplicative: operand (op operand)*, left-associative. */
    private Expr binaryChain(ParserRuleContext c) {
        Expr e = operand(c.getChild(0));
        for (int i = 1; i + 1 < c.getChildCount(); i += 2) {
            Token op = ((TerminalNode) c.getChild(i)).getSymbol();
            Expr right = operand(c.getChild(i + 1));
            Expr.BinaryOp kind = switch (op.getType()) {
                case ATKParser.PLUS -> Expr.BinaryOp.ADD;
                case ATKParser.MINUS -> Expr.BinaryOp.SUB;
                case ATKParser.STAR -> Expr.BinaryOp.MUL;
                default -> Expr.BinaryOp.DIV;
            };
            e = new Expr.Binary(e.span().to(right.span()), kind, e, right);
        }
        return e;
    }

    private Expr operand(ParseTree c) {
        if (c instanceof MultiplicativeContext m) {
            return binaryChain(m);
        }
        return unary((UnaryContext) c);
    }

    private Expr unary(UnaryContext c) {
        if (c.MINUS() != null) {
            Expr operand = unary(c.unary());
            return new Expr.Unary(spans.of(c.MINUS().getSymbol()).to(operand.span()), Expr.UnaryOp.NEG, operand);
        }
        return postfix(c.postfix());
    }

    private Expr postfix(PostfixContext c) {
        Expr e = primary(c.primary());
        for (PostfixOpContext op : c.postfixOp()) {
            if (op instanceof MemberOpContext m) {
                Ident member = ident(m.ident());
                e = new Expr.Member(e.span().to(member.span()), e, member);
            } else if (op instanceof CallOpContext call) {
                SourceSpan span = e.span().to(spans.of(call.RPAREN().getSymbol()));
                List<Expr.Arg> args = args(call.argList());
                if (e instanceof Expr.Name || e instanceof Expr.Member) {
                    e = new Expr.Call(span, e, args);
                } else {
                    diagnostics.add(Diagnostic.error(spans.of(call.LPAREN().getSymbol()), Messages.notCallableExpression(),
                            Messages.notCallableExpressionHint()));
                }
            }
        }
        return e;
    }

    private Expr primary(PrimaryContext c) {
        if (c instanceof NumberLitContext n) {
            return number(n.NUMBER().getSymbol());
        }
        if (c instanceof StringLitContext s) {
            Token t = s.STRING().getSymbol();
            return new Expr.StringLit(spans.of(t), string(t));
        }
        if (c instanceof TrueLitContext t) {
            return new Expr.BoolLit(spans.of(t), true);
        }
        if (c instanceof FalseLitContext f) {
            return new Expr.BoolLit(spans.of(f), false);
        }
        if (c instanceof NameRefContext n) {
            Ident id = ident(n.ident());
            return new Expr.Name(id.span(), id);
        }
        if (c instanceof ListLitContext l) {
            List<Expr> elements = new ArrayList<>();
            for (ExprContext e : l.expr()) {
                elements.add(expr(e));
            }
            return new Expr.ListLit(spans.of(l), List.copyOf(elements));
        }
        return expr(((ParensContext) c).expr());
    }

    private List<Expr.Arg> args(ArgListContext c) {
        if (c == null) {
            return List.of();
        }
        List<Expr.Arg> args = new ArrayList<>();
        for (ArgContext a : c.arg()) {
            Expr value = expr(a.expr());
            if (a.argName() != null) {
                Ident name = ident(a.argName());
                args.add(new Expr.Arg(name.span().to(value.span()), Optional.of(name), value));
            } else {
                args.add(new Expr.Arg(value.span(), Optional.empty(), value)); // order is the checker's concern
            }
        }
        return List.copyOf(args);
    }

    private Expr number(Token t) {
        String text = t.getText();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN; // a malformed number, already reported by the layout pass
        }
        if (Double.isInfinite(value)) {
            diagnostics.add(Diagnostic.error(spans.of(t), Messages.numberTooLarge(text), null));
        }
        return new Expr.NumberLit(spans.of(t), value, text);
    }

    /** The value of a string token: quotes removed, escapes resolved (tolerates a missing closing quote). */
    private String string(Token t) {
        String text = t.getText();
        if (text.startsWith("\"\"\"") && text.length() >= 6) {
            return text.substring(3, text.length() - 3); // triple-quoted: raw, exactly as written (guest code)
        }
        int base = spans.start(t);
        StringBuilder value = new StringBuilder();
        char quote = text.isEmpty() ? '"' : text.charAt(0);
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote) {
                break;
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                break;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case '"' -> value.append('"');
                case '\\' -> value.append('\\');
                default -> {
                    if (e == quote) {
                        value.append(e);
                        continue;
                    }
                    diagnostics.add(Diagnostic.error(spans.of(base + i - 1, base + i + 1),
                            Messages.unknownEscape("\\" + e), Messages.unknownEscapeHint()));
                    value.append(e);
                }
            }
        }
        return value.toString();
    }

    private Ident ident(ParserRuleContext c) {
        Token t = c.getStart();
        return new Ident(t.getText(), spans.of(t));
    }

    private Optional<Ident> optionalIdent(ParserRuleContext c) {
        return c == null ? Optional.empty() : Optional.of(ident(c));
    }
}
