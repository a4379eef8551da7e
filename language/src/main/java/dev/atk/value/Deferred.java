package dev.atk.value;

import dev.atk.syntax.Expr;
import java.util.Map;

/**
 * An expression that can only be evaluated once a profile or a correlation matrix has been computed, kept with its
 * bindings and the plan nodes that {@code profile()} and analysis calls ({@code correlations(...)}) meant where it was written.
 * {@code text} is the source text, for explain.
 */
public record Deferred(Expr expr, Map<String, Object> env, String text, int profileNode,
                       Map<AnalysisArgs, Integer> analysisNodes) {

    public Deferred(Expr expr, Map<String, Object> env, String text, int profileNode) {
        this(expr, env, text, profileNode, Map.of());
    }
}
