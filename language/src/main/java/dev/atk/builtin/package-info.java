/**
 * The built-in functions ({@code profile}, {@code linspace}, {@code class_subset}, ...): one registration per function
 * declares its signature, type rule, evaluation and doc. The checker, the evaluator, completion, the shadowing check
 * and the REPL's {@code :help} all read {@link dev.atk.builtin.Builtins}; none keeps its own list of names.
 */
package dev.atk.builtin;
