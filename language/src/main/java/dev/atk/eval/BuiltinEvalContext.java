package dev.atk.eval;

import dev.atk.value.PendingProfile;
import dev.atk.value.AnalysisArgs;
import dev.atk.builtin.EvalContext;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.Expr;
import java.util.Map;

/** The evaluator as a built-in's evaluation sees it at one call: the caller's bindings and context. */
final class BuiltinEvalContext implements EvalContext {
    private final Evaluator evaluator;
    private final Map<String, Object> env;
    private final Evaluator.Context ctx;

    BuiltinEvalContext(Evaluator evaluator, Map<String, Object> env, Evaluator.Context ctx) {
        this.evaluator = evaluator;
        this.env = env;
        this.ctx = ctx;
    }

    @Override
    public Object eval(Expr e) {
        return evaluator.eval(e, env, ctx);
    }

    @Override
    public Object resolved(Object value) {
        return evaluator.resolved(value, ctx);
    }

    @Override
    public double number(Expr e) {
        return evaluator.number(e, env, ctx);
    }

    @Override
    public Object profile() {
        return ctx.profile();
    }

    @Override
    public ProfileResult resolve(PendingProfile pending) {
        return ctx.resolve(pending);
    }

    @Override
    public Object analysis(AnalysisArgs args) {
        return ctx.analysis(args);
    }

    @Override
    public java.nio.file.Path scriptFolder() {
        return evaluator.scriptFolder();
    }

    @Override
    public dev.atk.spi.Cancellation cancellation() {
        return evaluator.cancellation();
    }
}
