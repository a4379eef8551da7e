package dev.atk.eval;

import dev.atk.syntax.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a built-in function that takes positional and named arguments, like a component:
 * {@code class_subset(closeness, icm, n, gamma=0, branches=4, depth=4, normalize_z=false)}.
 *
 * @param required how many leading parameters must be given
 * @param defaults the defaults of the optional ones (Double or Boolean), in parameter order
 */
public record BuiltinSignature(String name, List<String> params, int required, Map<String, Object> defaults) {

    public static final BuiltinSignature CLASS_SUBSET = new BuiltinSignature("class_subset",
            List.of("closeness", "icm", "n", "gamma", "branches", "depth", "normalize_z"), 3,
            Map.of("gamma", 0.0, "branches", 4.0, "depth", 4.0, "normalize_z", false));

    public static final BuiltinSignature CLASS_OBJECTIVE = new BuiltinSignature("class_objective",
            List.of("subset", "closeness", "icm", "gamma"), 4, Map.of());

    public static final List<BuiltinSignature> ALL = List.of(CLASS_SUBSET, CLASS_OBJECTIVE);

    public static BuiltinSignature find(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElse(null);
    }

    /** Arguments by parameter name (the checker has rejected unknown, duplicate and surplus arguments). */
    public Map<String, Expr> bind(Expr.Call call) {
        Map<String, Expr> out = new HashMap<>();
        int position = 0;
        for (Expr.Arg a : call.args()) {
            if (a.name().isPresent()) {
                out.put(a.name().get().name(), a.value());
            } else if (position < params.size()) {
                out.put(params.get(position++), a.value());
            }
        }
        return out;
    }

    /** {@code class_subset(closeness, icm, n, gamma=0, ...)}, for messages and help. */
    public String text() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i);
            b.append(i == 0 ? "" : ", ").append(p);
            if (i >= required) {
                b.append('=').append(Values.show(defaults.get(p)));
            }
        }
        return b.append(')').toString();
    }
}
