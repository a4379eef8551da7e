package dev.atk.repl;

import dev.atk.source.Source;
import dev.atk.syntax.Parser;
import java.util.Optional;

/**
 * What people type out of habit from other REPLs (JShell, IPython, a shell) and mean here: {@code help},
 * {@code exit}, {@code quit}, {@code slam?} for the {@code :}-commands, and a bare expression such as {@code 1 + 2}
 * or {@code profile().eps_max} for {@code print} of it.
 */
final class ReplHabits {
    private ReplHabits() {}

    /** The {@code :command} a bare word stands for, if it is one of those habits. */
    static Optional<String> command(String entry) {
        String e = entry.strip();
        return switch (e) {
            case "help", "help()", "?" -> Optional.of(":help");
            case "exit", "quit", "exit()", "quit()" -> Optional.of(":quit");
            default -> e.matches("[A-Za-z_][A-Za-z0-9_]*\\?") ? Optional.of(":help " + e.substring(0, e.length() - 1))
                    : Optional.empty();
        };
    }

    /**
     * {@code print ENTRY} when the entry is not a statement but is an expression (it parses as one after
     * {@code print}); empty otherwise, so a real mistake keeps its own message.
     */
    static Optional<String> asPrint(String entry) {
        if (!Parser.parse(new Source("<repl>", entry)).hasErrors()) {
            return Optional.empty();
        }
        String print = "print " + entry.strip();
        return Parser.parse(new Source("<repl>", print)).hasErrors() ? Optional.empty() : Optional.of(print);
    }
}
