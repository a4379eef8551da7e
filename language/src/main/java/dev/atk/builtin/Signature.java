package dev.atk.builtin;

import dev.atk.syntax.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built-in's parameters in order and how arguments bind to them. {@link Binding} keeps each function's own way of
 * saying what is wrong with a call, so scripts see the messages they always saw.
 */
public record Signature(String name, List<Param> params, Binding binding) {

    /** How a call's arguments bind to the parameters, and how a wrong call is described. */
    public enum Binding {
        /** Positional (names allowed); a wrong count is one "takes N arguments, given M" error. */
        POSITIONAL,
        /** Positional then named, like a component; each surplus or missing argument is its own error. */
        MIXED,
        /** Named only, like {@code profile_of(coefficients=…, eps_max=…, labels=…)}. */
        NAMED
    }

    public Signature {
        params = List.copyOf(params);
    }

    public List<String> paramNames() {
        return params.stream().map(Param::name).toList();
    }

    public Optional<Param> param(String n) {
        return params.stream().filter(p -> p.name().equals(n)).findFirst();
    }

    public int requiredCount() {
        return (int) params.stream().filter(Param::required).count();
    }

    /** {@code class_subset(closeness, icm, n, gamma=0, ...)}, for messages, completion and help. */
    public String text() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(params.get(i).text(binding == Binding.NAMED));
        }
        return b.append(')').toString();
    }

    /**
     * Arguments by parameter name: named ones by their name, positional ones by position. Unknown names and surplus
     * positions are left out; the checker has reported them.
     */
    public Map<String, Expr> bind(Expr.Call call) {
        Map<String, Expr> out = new HashMap<>();
        int position = 0;
        for (Expr.Arg a : call.args()) {
            if (a.name().isPresent()) {
                out.put(a.name().get().name(), a.value());
            } else if (binding != Binding.NAMED && position < params.size()) {
                out.put(params.get(position++).name(), a.value());
            }
        }
        return out;
    }
}
