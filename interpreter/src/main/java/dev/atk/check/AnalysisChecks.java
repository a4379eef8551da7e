package dev.atk.check;

import dev.atk.diag.Diagnostics;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.eval.AnalysisArgs;
import dev.atk.eval.AttackabilityValues;
import dev.atk.eval.CorrelationValues;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Ident;
import java.util.List;

/**
 * Checks the analysis calls {@code correlations(...)} and {@code attackability(...)} (their named arguments, ranges,
 * and the model and data they run on) and member access on their values.
 */
final class AnalysisChecks {
    private static final List<String> LIST_MEMBERS = List.of("raw", "normalized", "flip_rate", "attempts", "confidence",
            "frequency");
    private final ExprChecker exprs;
    private final Diagnostics diagnostics;

    AnalysisChecks(ExprChecker exprs, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.diagnostics = diagnostics;
    }

    /** The type of {@code value.member} for a correlation matrix or attackability value. */
    Type member(Expr.Member m, Type target) {
        String name = m.member().name();
        boolean corr = target == Type.CORRELATIONS;
        List<String> members = corr ? CorrelationValues.MEMBERS : AttackabilityValues.MEMBERS;
        String what = corr ? "correlations" : "attackability";
        if (!members.contains(name)) {
            diagnostics.error(m.member().span(), Messages.unknown(what + " member", name,
                    DidYouMean.suggest(name, members).orElse(null)), what + " has " + String.join(", ", members));
            return Type.ANY;
        }
        return LIST_MEMBERS.contains(name) ? Type.LIST : Type.NUMBER;
    }

    /** {@code correlations|attackability(eps=…, samples=…, direction=up|down)}: named arguments, a model and data. */
    void call(Expr.Call c, Scope scope) {
        if (!scope.modelSelected() || !scope.dataSelected()) {
            diagnostics.error(c.span(), Messages.needsModelAndData(c.calleeName().name() + "()"),
                    "add e.g. `model fashion_cnn` (it brings its own data) before it");
        }
        exprs.checkNamedOnly(c, AnalysisArgs.PARAMS, false);
        for (Expr.Arg a : c.args()) {
            String name = a.name().map(Ident::name).orElse("");
            if (name.equals("direction")) {
                String d = CorrelationValues.direction(a.value());
                if (!AnalysisArgs.DIRECTIONS.contains(d)) {
                    diagnostics.error(a.value().span(), Messages.wrongType("up or down", d == null
                            ? exprs.typeOf(a.value(), scope).description() : "'" + d + "'"),
                            "up: push each label up; down: push it down (on images that have it)");
                }
            } else if (name.equals("eps")) {
                exprs.expect(a.value(), Type.NUMBER, scope);
                exprs.constantNumber(a.value(), scope).filter(v -> !(v > 0)).ifPresent(v -> diagnostics.error(
                        a.value().span(), Messages.outOfRange("eps", v, "(0, ∞)"), "each label is attacked with this budget"));
            } else if (name.equals("samples")) {
                exprs.expect(a.value(), Type.NUMBER, scope);
                exprs.constantNumber(a.value(), scope).filter(v -> v < 1 || v != Math.rint(v)).ifPresent(v ->
                        diagnostics.error(a.value().span(), Messages.outOfRange("samples", v, "a whole number ≥ 1")));
            }
        }
    }

}
