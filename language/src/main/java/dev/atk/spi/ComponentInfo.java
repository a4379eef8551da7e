package dev.atk.spi;

import java.util.List;
import java.util.Optional;

/**
 * A named attack, loss or target selection with its parameters.
 *
 * @param needsProfile whether running it needs the model's profile (SLAM's p, CLASS's subset length)
 * @param usesBudget whether it takes an ε budget (attacks that minimise the perturbation do not)
 */
public record ComponentInfo(String name, ComponentKind kind, String summary, List<ParamInfo> params,
                            boolean needsProfile, boolean usesBudget, List<ParamRule> rules) {

    public ComponentInfo {
        params = List.copyOf(params);
        rules = List.copyOf(rules);
    }

    /** A component whose parameters are bounded one by one (no {@link ParamRule}). */
    public ComponentInfo(String name, ComponentKind kind, String summary, List<ParamInfo> params,
                         boolean needsProfile, boolean usesBudget) {
        this(name, kind, summary, params, needsProfile, usesBudget, List.of());
    }

    /** The same component with {@code rule} over its parameters. */
    public ComponentInfo withRule(ParamRule rule) {
        List<ParamRule> more = new java.util.ArrayList<>(rules);
        more.add(rule);
        return new ComponentInfo(name, kind, summary, params, needsProfile, usesBudget, more);
    }

    public Optional<ParamInfo> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** {@code slam(q=0.5)}, {@code subset(priority, n=-1)} — how help and completion show it (required: no {@code =}). */
    public String signature() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            ParamInfo p = params.get(i);
            b.append(i == 0 ? "" : ", ").append(p.name());
            if (!p.required()) {
                b.append('=').append(p.defaultText());
            }
        }
        return b.append(')').toString();
    }
}
