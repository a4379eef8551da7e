package dev.atk.spi;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A language a script's own functions are written in ({@code js("(conf) => …")}): it checks their syntax without
 * running them, and makes callable, sandboxed functions of them. Found with {@link ServiceLoader}, so the language
 * module needs no guest runtime: the {@code atk-guest} module registers JavaScript on GraalVM Polyglot.
 */
public interface GuestLanguage {

    /** The name scripts use: {@code js}. */
    String name();

    /** What a user reads about the sandbox, for {@code :help} and error hints. */
    String sandboxSummary();

    /**
     * The first syntax error of {@code code} (a function expression, or with {@code exported} a file of declarations
     * that defines that name), positioned within {@code code}; empty when it parses. Parses only, runs nothing.
     */
    Optional<GuestProblem> syntax(String code, String exported);

    /**
     * A callable function of {@code code} (as for {@link #syntax}); {@code origin} names it in messages (the script
     * position or file). Each call runs sandboxed, bounded in time, and keeps nothing from earlier calls.
     *
     * @throws GuestException when the code does not evaluate to a function
     */
    GuestFunction function(String code, String exported, String origin);

    /** The registered guest languages' names, in a stable order. */
    static List<String> names() {
        return ServiceLoader.load(GuestLanguage.class, GuestLanguage.class.getClassLoader()).stream()
                .map(p -> p.get().name()).sorted().toList();
    }

    /** The registered language named {@code name}. */
    static Optional<GuestLanguage> named(String name) {
        return ServiceLoader.load(GuestLanguage.class, GuestLanguage.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).filter(l -> l.name().equals(name)).findFirst();
    }
}
