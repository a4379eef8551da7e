/**
 * What ATK expressions are and evaluate to: the static {@link dev.atk.value.Type}s the checker infers, and the runtime
 * values (numbers, ranges, budgets, deferred expressions over a profile, pending analyses) with how they print. Below
 * the checker, the built-ins and the evaluator, which all speak these values.
 */
package dev.atk.value;
