package dev.atk.check;

import dev.atk.diag.Diagnostics;
import dev.atk.syntax.Expr;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a string a script gives as a file or folder name (a model config, a data folder, a report target, the
 * results folder) can be a path at all on this system: a NUL character, for one, cannot, and Java refuses it with an
 * exception that must become a positioned error instead.
 */
final class PathText {
    private PathText() {}

    /** Reports {@code e} when it is a constant string that cannot be a path. */
    static void check(Expr e, ExprChecker exprs, Scope scope, Diagnostics diagnostics) {
        exprs.constant(e, scope).filter(String.class::isInstance).map(String.class::cast)
                .flatMap(PathText::problem)
                .ifPresent(p -> diagnostics.error(e.span(), p, "write a file name without control characters"));
    }

    /** Why {@code text} cannot be a path, if it cannot. */
    static Optional<String> problem(String text) {
        if (text.indexOf('\0') >= 0) {
            return Optional.of("a path cannot contain a NUL character");
        }
        try {
            Path.of(text);
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("not a valid path: " + e.getReason());
        }
    }
}
