/**
 * Check stage: names, arities, parameter types and ranges, settings, budgets. Walks the whole script and collects
 * ALL errors (with "did you mean" suggestions) before anything runs; later stages only see scripts that passed.
 */
package dev.atk.check;
