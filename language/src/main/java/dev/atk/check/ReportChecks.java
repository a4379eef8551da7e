package dev.atk.check;

import dev.atk.value.Type;
import dev.atk.diag.Diagnostics;
import dev.atk.paths.WriteRule;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.eval.Exprs;
import dev.atk.metric.CustomMetric;
import dev.atk.syntax.Expr;
import dev.atk.syntax.OutputFormat;
import dev.atk.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        } else if (target instanceof ReportTarget.OwnMetric own) {
            ownMetric(own, scope);
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

    /**
     * {@code metric(f [, better="higher"|"lower"])}: exactly one function, by position, and a known direction. Only
     * the function's type is checked here: its code runs when the report does.
     */
    private void ownMetric(ReportTarget.OwnMetric own, Scope scope) {
        Expr.Call c = own.call();
        String signature = Messages.signatureHint("metric(f, better=\"higher\"|\"lower\")");
        int positional = 0;
        boolean named = false;
        boolean better = false;
        for (Expr.Arg a : c.args()) {
            if (a.name().isEmpty()) {
                if (named) {
                    diagnostics.error(a.span(), Messages.positionalAfterNamed(), signature);
                } else if (++positional > 1) {
                    diagnostics.error(a.span(), Messages.tooManyArguments(CustomMetric.WORD, 1), signature);
                }
                continue;
            }
            named = true;
            String name = a.name().get().name();
            if (!name.equals("better")) {
                diagnostics.error(a.name().get().span(), Messages.unknownParameter(CustomMetric.WORD, name,
                        DidYouMean.suggest(name, List.of("better")).orElse(null)), signature);
            } else if (better) {
                diagnostics.error(a.span(), Messages.duplicateArgument(name));
            } else {
                better = true;
                String word = ReportTarget.OwnMetric.direction(a.value());
                if (word == null || !ReportTarget.OwnMetric.DIRECTIONS.contains(word)) {
                    diagnostics.error(a.value().span(), Messages.notAChoice("better", word,
                            ReportTarget.OwnMetric.DIRECTIONS));
                }
            }
        }
        Optional<Expr> function = own.function();
        if (function.isEmpty()) {
            diagnostics.error(c.span(), Messages.metricNeedsFunction(), Messages.metricHint());
            return;
        }
        Type t = exprs.typeOf(function.get(), scope);
        if (t != Type.FUNCTION && t != Type.ANY) {
            diagnostics.error(function.get().span(), Messages.wrongType(Type.FUNCTION.description(), t.description()),
                    Messages.metricHint());
        }
    }

    private void notReportable(Expr what) {
        String word = what instanceof Expr.Name n ? n.id().name() : null;
        if (CustomMetric.WORD.equals(word)) {
            diagnostics.error(what.span(), Messages.metricNeedsFunction(), Messages.metricHint());
            return;
        }
        List<String> known = new ArrayList<>(ExprChecker.METRIC_WORDS);
        known.add("results");
        diagnostics.error(what.span(), Messages.notReportable(word,
                word == null ? null : DidYouMean.suggest(word, known).orElse(null)),
                "report a metric (" + String.join(", ", ExprChecker.METRIC_WORDS) + "), metric(f) of your own function, "
                        + "results, or a name given with `into`");
    }

    private static boolean isResultSet(String name, Scope scope) {
        return scope.type(name).filter(t -> t == Type.RESULTS).isPresent();
    }
}
