package dev.atk.optimize;

import dev.atk.plan.Plan;

/** A rewrite of a plan that preserves every result. */
public interface Rule {

    /** The name explain shows when the rule changed something. */
    String name();

    /** The rewritten plan, or the same instance when the rule does not apply. */
    Plan apply(Plan plan);

    /**
     * Node ids after a rule merged some nodes into others: each merged id maps to the node that survived it,
     * following chains (a node merged into one that was itself merged).
     */
    static java.util.function.IntUnaryOperator renaming(java.util.Map<Integer, Integer> replaced) {
        return id -> {
            Integer r = replaced.get(id);
            int seen = 0;
            while (r != null && seen++ < replaced.size()) {
                id = r;
                r = replaced.get(id);
            }
            return id;
        };
    }
}
