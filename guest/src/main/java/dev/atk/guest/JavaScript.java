package dev.atk.guest;

import dev.atk.spi.GuestFunction;
import dev.atk.spi.GuestLanguage;
import dev.atk.spi.GuestProblem;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

/** JavaScript guest functions on GraalVM Polyglot (community edition), registered for {@code js(...)}. */
public final class JavaScript implements GuestLanguage {

    @Override
    public String name() {
        return "js";
    }

    @Override
    public String sandboxSummary() {
        return "JavaScript runs sandboxed (GraalVM community, SandboxPolicy.CONSTRAINED): no Java classes, files, "
                + "network, processes, threads or environment; at most " + Sandbox.TIME_LIMIT.toSeconds() + " s and "
                + Sandbox.STATEMENT_LIMIT + " statements per call; nothing is kept between calls";
    }

    @Override
    public Optional<GuestProblem> syntax(String code, String exported) {
        if (exported != null && !Wrapping.IDENTIFIER.matcher(exported).matches()) {
            return Optional.of(new GuestProblem(0, 0, "'" + exported + "' is not a JavaScript function name"));
        }
        Source source = Source.newBuilder("js", Wrapping.wrap(code, exported), "check.js").buildLiteral();
        try (Context context = Sandbox.newContext()) {
            context.parse(source);
            return Optional.empty();
        } catch (PolyglotException e) {
            if (!e.isSyntaxError()) {
                // the parser itself gave up, e.g. its stack on code nested thousands deep: a problem of the code,
                // shown at its start (GraalVM gives no position), never an exception out of the checker
                return Optional.of(new GuestProblem(1, 1, (e.isResourceExhausted()
                        ? "the code is nested too deeply for the JavaScript parser (" : "it cannot be parsed (")
                        + message(e.getMessage()) + ")"));
            }
            SourceSection s = e.getSourceLocation();
            int line = s != null && s.hasLines() ? s.getStartLine() : 2;
            int column = s != null && s.hasColumns() ? s.getStartColumn() : 1;
            return Optional.of(Wrapping.unwrap(line, column, message(e.getMessage()), code));
        }
    }

    /**
     * GraalVM's syntax message without what the script already shows: its first line only (later lines quote the
     * code with a caret, and a second error may follow from our wrapper), without "SyntaxError: name:line:col ".
     */
    static String message(String graal) {
        String first = graal == null ? "syntax error" : graal.lines().findFirst().orElse("syntax error");
        return first.replaceFirst("^(SyntaxError: )?\\S+:\\d+:\\d+ ", "");
    }

    @Override
    public GuestFunction function(String code, String exported, String origin) {
        return new JsFunction(code, exported, origin);
    }
}
