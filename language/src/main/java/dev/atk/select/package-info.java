/**
 * Label-subset selection as pure functions (ALGORITHMS.md §6): CLASS's branching look-ahead and its objective.
 * No tensors here, so the language's {@code class_subset}/{@code class_objective} built-ins and the stdlib's CLASS
 * attack share one implementation.
 */
package dev.atk.select;
