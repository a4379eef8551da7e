package dev.atk.check;

import dev.atk.value.Type;
import dev.atk.diag.Diagnostics;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.value.AttackabilityValues;
import dev.atk.value.CorrelationValues;
import dev.atk.syntax.Expr;
import java.util.List;

/**
 * Checks member access on the values of the analysis calls {@code correlations(...)} and {@code attackability(...)}
 * (the calls themselves are built-ins: {@link dev.atk.builtin.Builtins}).
 */
final class AnalysisChecks {
    private static final List<String> LIST_MEMBERS = List.of("raw", "normalized", "flip_rate", "attempts", "confidence",
            "frequency");
    private final Diagnostics diagnostics;

    AnalysisChecks(Diagnostics diagnostics) {
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
}
