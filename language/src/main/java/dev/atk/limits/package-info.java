/**
 * The bounds on what a script may make ATK expand before anything runs (ranges, loops, nesting), in one place that
 * every stage, from the parser to the planner, can read.
 */
package dev.atk.limits;
