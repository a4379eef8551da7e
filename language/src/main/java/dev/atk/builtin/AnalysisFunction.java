package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.diag.Messages;
import dev.atk.value.AnalysisArgs;
import dev.atk.value.CorrelationValues;
import dev.atk.value.EvalException;
import dev.atk.syntax.Expr;
import java.util.Map;

/**
 * {@code correlations(eps=…, samples=…, direction=up|down)} (Algorithm 1, ALGORITHMS.md §5) and
 * {@code attackability(...)} (§7.6): every label attacked alone on the current model and data. Omitted arguments come
 * from the settings ({@code set correlation_eps}, {@code attackability_samples}, ...), so they have no default here.
 */
final class AnalysisFunction extends DescribedBuiltin {
    private final Type type;

    private AnalysisFunction(String name, Type type, String doc, String example) {
        super(new Signature(name, AnalysisArgs.PARAMS.stream().map(p -> Param.optional(p, null)).toList(),
                Signature.Binding.NAMED), doc, example);
        this.type = type;
    }

    static AnalysisFunction correlations() {
        return new AnalysisFunction("correlations", Type.CORRELATIONS, "the label correlation matrix (Algorithm 1), "
                + "cached; members raw, normalized, diagonal_mean, off_diagonal_mean", "correlations(eps=0.005, samples=20)");
    }

    static AnalysisFunction attackability() {
        return new AnalysisFunction("attackability", Type.ATTACKABILITY, "how easily each label flips when attacked "
                + "alone (§7.6), cached; members flip_rate, attempts, ...", "attackability(direction=down, samples=20)");
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        if (!ctx.modelAndDataSelected()) {
            ctx.error(c.span(), Messages.needsModelAndData(name() + "()"),
                    "add e.g. `model fashion_cnn` (it brings its own data) before it");
        }
        args.forEach((name, value) -> {
            if (name.equals("direction")) {
                String d = CorrelationValues.direction(value);
                if (!AnalysisArgs.DIRECTIONS.contains(d)) {
                    ctx.error(value.span(), Messages.wrongType("up or down", d == null
                            ? ctx.typeOf(value).description() : "'" + d + "'"),
                            "up: push each label up; down: push it down (on images that have it)");
                }
            } else if (name.equals("eps")) {
                ctx.expect(value, Type.NUMBER);
                ctx.constantNumber(value).filter(v -> !(v > 0)).ifPresent(v -> ctx.error(value.span(),
                        Messages.outOfRange("eps", v, "(0, ∞)"), "each label is attacked with this budget"));
            } else {
                ctx.expect(value, Type.NUMBER);
                ctx.constantNumber(value).filter(v -> v < 1 || v != Math.rint(v)).ifPresent(v ->
                        ctx.error(value.span(), Messages.outOfRange("samples", v, "a whole number ≥ 1")));
            }
        });
        return type;
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        Double eps = args.has("eps") ? args.number("eps") : null;
        Integer samples = args.has("samples") ? (int) args.number("samples") : null;
        String direction = null;
        if (args.has("direction")) {
            direction = CorrelationValues.direction(args.expr("direction"));
            if (!AnalysisArgs.DIRECTIONS.contains(direction)) {
                throw new EvalException(args.expr("direction").span(), "direction must be up or down");
            }
        }
        return ctx.analysis(new AnalysisArgs(name(), eps, samples, direction));
    }
}
