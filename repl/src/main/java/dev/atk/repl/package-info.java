/**
 * The JLine REPL: reads statements (over several lines when unfinished), evaluates them on a worker thread in one
 * {@link dev.atk.api.Session} so state carries over, completes names from the session, keeps history, and turns
 * Ctrl-C into a cancellation of the running statement.
 */
package dev.atk.repl;
