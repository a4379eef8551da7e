package dev.atk.eval;

import dev.atk.syntax.Expr;
import java.util.Map;

/**
 * An expression that can only be evaluated once a profile has been computed, kept with its bindings and the
 * profile plan node that {@code profile()} meant where it was written. {@code text} is the source text, for explain.
 */
public record Deferred(Expr expr, Map<String, Object> env, String text, int profileNode) {}
