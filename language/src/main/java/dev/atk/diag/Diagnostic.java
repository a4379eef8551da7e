package dev.atk.diag;

import dev.atk.source.SourceSpan;
import java.util.Optional;

/**
 * One problem found in a script: where, what, and (when we can tell) how to fix it.
 * Messages come from {@link Messages}, so wording stays consistent across stages.
 */
public record Diagnostic(Severity severity, SourceSpan span, String message, Optional<String> hint) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, span, message, Optional.empty());
    }

    public static Diagnostic error(SourceSpan span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, span, message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(SourceSpan span, String message, String hint) {
        return new Diagnostic(Severity.WARNING, span, message, Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message} — the first line of the rendered form, also used by tests. */
    public String headline() {
        return span + ": " + (isError() ? "" : "warning: ") + message;
    }

    /** The full form users see: headline, the source line, a caret under the culprit, and the hint. */
    public String render() {
        return DiagnosticRenderer.render(this);
    }
}
