package dev.atk.value;

/**
 * The value of an analysis call ({@code correlations(...)}, {@code attackability(...)}) at plan time: the plan node
 * that will compute it.
 */
public record PendingAnalysis(int node) {}
