package dev.atk.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bound over several numeric parameters of one component that no single parameter's range can state, such as
 * CLASS's look-ahead tree, whose {@code branches^depth} leaves must fit in memory. The checker applies it when every
 * parameter it reads is known before running (given as a constant or left at its default); the planner applies it
 * again to the values a loop gives.
 *
 * @param params the parameters it reads
 * @param problem what is wrong with the values (one per parameter, by name), if anything
 * @param hint how to fix it
 */
public record ParamRule(List<String> params, Function<Map<String, Double>, Optional<String>> problem, String hint) {

    public ParamRule {
        params = List.copyOf(params);
    }

    /** The rule's verdict on a call whose arguments are all resolved (defaults filled in). */
    public Optional<String> problemOf(ComponentCall call) {
        Map<String, Double> values = new java.util.HashMap<>();
        for (String p : params) {
            if (!(call.args().get(p) instanceof Number n)) {
                return Optional.empty();
            }
            values.put(p, n.doubleValue());
        }
        return problem.apply(values);
    }
}
