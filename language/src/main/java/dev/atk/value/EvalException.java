package dev.atk.value;

import dev.atk.source.SourceSpan;

/** A value-level mistake found while evaluating (division by zero, an empty mean): becomes a positioned error. */
public final class EvalException extends RuntimeException {
    private final SourceSpan span;

    public EvalException(SourceSpan span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    public SourceSpan span() {
        return span;
    }
}
