/**
 * The engine API: the one door the command line, the REPL, tests and embedders all go through.
 * A {@link dev.atk.api.Session} keeps state between evaluations (current model, data, settings, bindings, results),
 * like JShell's engine under its REPL.
 */
package dev.atk.api;
