package dev.atk.exec;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.source.SourceSpan;

/**
 * A runtime failure tied to the statement whose plan node raised it, so the user sees {@code file:line:col}, the line
 * and a caret (a model config that does not load points at its {@code model} statement, a model that does not fit
 * the data at the statement that first used both).
 */
public final class StatementFailure extends AtkRuntimeException {
    private final transient SourceSpan span;

    public StatementFailure(SourceSpan span, AtkRuntimeException cause) {
        super(cause.getMessage(), cause);
        this.span = span;
    }

    public SourceSpan span() {
        return span;
    }
}
