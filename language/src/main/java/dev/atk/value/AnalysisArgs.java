package dev.atk.value;

import java.util.List;

/**
 * The arguments of an analysis call as written: {@code correlations(eps=…, samples=…, direction=up|down)} or
 * {@code attackability(eps=…, samples=…, direction=up|down)}. Null where the script leaves the value to the settings.
 */
public record AnalysisArgs(String function, Double eps, Integer samples, String direction) {
    public static final List<String> PARAMS = List.of("eps", "samples", "direction");
    public static final List<String> DIRECTIONS = List.of("up", "down");
}
