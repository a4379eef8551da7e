package dev.atk.builtin;

import java.util.List;
import java.util.Optional;

/** The registry of built-in functions: the one list of their names, in the order help and completion show them. */
public final class Builtins {
    private static final List<Builtin> ALL = List.of(new ProfileFunction(), new ProfileOfFunction(),
            AnalysisFunction.correlations(), AnalysisFunction.attackability(), SpaceFunction.linspace(),
            SpaceFunction.logspace(), AggregateFunction.mean(), AggregateFunction.std(), AggregateFunction.len(),
            new ClassSubsetFunction(), new ClassObjectiveFunction(), new GuestCodeFunction());

    private Builtins() {}

    public static List<Builtin> all() {
        return ALL;
    }

    public static Optional<Builtin> find(String name) {
        return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Builtin::name).toList();
    }
}
