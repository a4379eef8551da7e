package dev.atk.testing;

import dev.atk.check.Checker;
import dev.atk.check.Scope;
import dev.atk.diag.Diagnostic;
import dev.atk.paths.WriteRule;
import dev.atk.source.Source;
import dev.atk.syntax.Parser;
import java.nio.file.Path;
import java.util.List;

/** The errors the checker finds in a script, with no models or attacks installed (tests of settings and syntax). */
public final class CheckErrors {
    private CheckErrors() {}

    public static List<Diagnostic> of(String script) {
        Path dir = Path.of("target");
        return new Checker(EmptyCatalog.INSTANCE, dir, WriteRule.under(dir))
                .check(Parser.parse(new Source("t.atk", script)).statements(), new Scope()).stream()
                .filter(Diagnostic::isError).toList();
    }
}
