/**
 * Expression values and their evaluation, shared by the planner (which sees budgets that depend on a profile not yet
 * computed as deferred values) and the executor (which resolves them once the profile exists).
 */
package dev.atk.eval;
