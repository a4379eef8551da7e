package dev.atk.eval;

/** The value of {@code correlations(...)} at plan time: the plan node that will compute the matrix. */
public record PendingCorrelations(int node) {}
