/**
 * The {@code atk} command line (picocli): {@code run}, {@code check}, {@code repl}, {@code models}, {@code attacks}.
 * A thin client of the engine API ({@link dev.atk.api.Session}): it reads files, maps evaluation statuses to exit
 * codes, shows progress and turns Ctrl-C into a cancellation. No user mistake ends in a stack trace.
 */
package dev.atk.cli;
