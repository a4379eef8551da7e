package dev.atk.check;

import dev.atk.value.Type;
import dev.atk.builtin.CheckContext;
import dev.atk.diag.Diagnostics;
import dev.atk.syntax.Expr;
import dev.atk.source.SourceSpan;
import java.util.Optional;

/** The checker as a built-in's type rule sees it at one call: the expression checker in the call's scope. */
final class BuiltinCheckContext implements CheckContext {
    private final ExprChecker exprs;
    private final Scope scope;
    private final Diagnostics diagnostics;

    BuiltinCheckContext(ExprChecker exprs, Scope scope, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.scope = scope;
        this.diagnostics = diagnostics;
    }

    @Override
    public Type typeOf(Expr e) {
        return exprs.typeOf(e, scope);
    }

    @Override
    public void expect(Expr e, Type expected) {
        exprs.expect(e, expected, scope);
    }

    @Override
    public Optional<Double> constantNumber(Expr e) {
        return exprs.constantNumber(e, scope);
    }

    @Override
    public boolean modelAndDataSelected() {
        return scope.modelSelected() && scope.dataSelected();
    }

    @Override
    public java.nio.file.Path scriptFolder() {
        return exprs.scriptFolder();
    }

    @Override
    public void error(SourceSpan at, String message) {
        diagnostics.error(at, message);
    }

    @Override
    public void error(SourceSpan at, String message, String hint) {
        diagnostics.error(at, message, hint);
    }
}
