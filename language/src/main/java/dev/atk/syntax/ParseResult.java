package dev.atk.syntax;

import dev.atk.source.Source;
import dev.atk.diag.Diagnostic;
import java.util.List;

/**
 * What {@link Parser#parse(Source)} found: the statements that parsed cleanly, in order, and every lexical and
 * syntax diagnostic in source order. A statement with a syntax error is left out of {@code statements}.
 */
public record ParseResult(List<Stmt> statements, List<Diagnostic> diagnostics) {

    public ParseResult {
        statements = List.copyOf(statements);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
