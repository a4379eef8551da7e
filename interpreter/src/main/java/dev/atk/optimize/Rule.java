package dev.atk.optimize;

import dev.atk.plan.Plan;

/** A rewrite of a plan that preserves every result. */
public interface Rule {

    /** The name explain shows when the rule changed something. */
    String name();

    /** The rewritten plan, or the same instance when the rule does not apply. */
    Plan apply(Plan plan);
}
