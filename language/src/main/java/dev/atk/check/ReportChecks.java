package dev.atk.check;

import dev.atk.value.Type;
import dev.atk.diag.Diagnostics;
import dev.atk.paths.WriteRule;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.eval.Exprs;
import dev.atk.syntax.Expr;
import dev.atk.syntax.OutputFormat;
import dev.atk.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@code report EXPR [as FORMAT] [to "path"]}: what is reported ({@link ReportTarget}), that drawn formats
 * name a file, and that profiles and analyses are only drawn. The format word itself was parsed with the statement.
 */
final class ReportChecks {
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    /** The write rule where a statement is checked (a {@code set out} before it changes the results folder). */
    private final java.util.function.Function<Scope, WriteRule> writes;

    ReportChecks(ExprChecker exprs, Diagnostics diagnostics, java.util.function.Function<Scope, WriteRule> writes) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
        this.writes = writes;
    }

    void check(Stmt.ReportStmt r, Scope scope) {
        OutputFormat format = r.format().map(Stmt.Format::value).orElse(OutputFormat.DEFAULT);
        r.format().filter(f -> f.value().drawn() && r.to().isEmpty()).ifPresent(f -> diagnostics.error(f.span(),
                Messages.chartNeedsFile(), "add e.g. `to \"" + (format == OutputFormat.CHART ? "flips" : "examples")
                        + ".png\"`"));
        ReportTarget target = ReportTarget.of(r.what(), name -> isResultSet(name, scope));
        if (target instanceof ReportTarget.Value v) {
            value(r, v.expr(), format, scope);
        } else if (target instanceof ReportTarget.Unreportable u) {
            notReportable(u.expr());
        }
        r.to().ifPresent(t -> {
            exprs.expect(t, Type.STRING, scope);
            PathText.check(t, exprs, scope, diagnostics);
            exprs.constant(t, scope).filter(String.class::isInstance).map(String.class::cast)
                    .filter(name -> PathText.problem(name).isEmpty())
                    .flatMap(name -> writes.apply(scope).problem(name))
                    .ifPresent(p -> diagnostics.error(t.span(), p, WriteRule.hint()));
        });
    }

    /** A profile, correlation matrix or attackability value is drawn; anything else is not reportable. */
    private void value(Stmt.ReportStmt r, Expr what, OutputFormat format, Scope scope) {
        Type t = exprs.typeOf(what, scope);
        if (t != Type.PROFILE && t != Type.CORRELATIONS && t != Type.ATTACKABILITY) {
            notReportable(what);
            return;
        }
        if (format != OutputFormat.CHART) {
            diagnostics.error(r.format().map(Stmt.Format::span).orElse(what.span()), Messages.analysisReportsAsChart(
                    t.description()), "write `report " + Exprs.text(what) + " as chart to \"file.png\"`,"
                    + " or `print` it for text");
        }
    }

    private void notReportable(Expr what) {
        String word = what instanceof Expr.Name n ? n.id().name() : null;
        List<String> known = new ArrayList<>(ExprChecker.METRIC_WORDS);
        known.add("results");
        diagnostics.error(what.span(), Messages.notReportable(word,
                word == null ? null : DidYouMean.suggest(word, known).orElse(null)),
                "report a metric (" + String.join(", ", ExprChecker.METRIC_WORDS) + "), results, or a name given with `into`");
    }

    private static boolean isResultSet(String name, Scope scope) {
        return scope.type(name).filter(t -> t == Type.RESULTS).isPresent();
    }
}
