package dev.atk.repl;

import dev.atk.builtin.Builtin;
import dev.atk.builtin.Builtins;
import dev.atk.syntax.OutputFormat;
import java.util.Optional;

/** The help text read from the registries: built-in functions ({@code :help functions}, {@code :help NAME}), formats. */
final class FunctionHelp {
    private FunctionHelp() {}

    /** {@code :help functions}: every built-in with its signature, doc and an example. */
    static String all() {
        StringBuilder b = new StringBuilder("Built-in functions (:help NAME for one):\n");
        for (Builtin f : Builtins.all()) {
            b.append('\n').append(entry(f, "  "));
        }
        return b.toString().stripTrailing();
    }

    /** {@code :help NAME} for a built-in, or empty when NAME is none. */
    static Optional<String> one(String name) {
        return Builtins.find(name).map(f -> entry(f, "").stripTrailing());
    }

    /** {@code profile, profile_of, ...}: the names, for the statements overview. */
    static String names() {
        return String.join(", ", Builtins.names());
    }

    /** {@code table|csv|json|...}: the words {@code report … as} takes. */
    static String formatWords() {
        return String.join("|", OutputFormat.keywords());
    }

    /** One line per format with its doc, for {@code :help report}. */
    static String formats() {
        StringBuilder b = new StringBuilder();
        for (OutputFormat f : OutputFormat.values()) {
            String head = "as " + f.keyword();
            b.append("  ").append(head).append(" ".repeat(Math.max(1, 25 - head.length()))).append(f.doc()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String entry(Builtin f, String indent) {
        return indent + f.signature().text() + "\n"
                + indent + "    " + f.doc() + "\n"
                + indent + "    e.g. " + f.example() + "\n";
    }
}
