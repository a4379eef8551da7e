package dev.atk.jsr223;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * {@code javax.script} adapter: one {@link Session} per engine, so state persists across {@code eval} calls like in
 * the REPL. Output goes to the context's writer; a script error becomes a {@link ScriptException} carrying the first
 * diagnostic's line and column and every rendered diagnostic as its message.
 *
 * <p>The usual conventions: {@code engine.put("eps", 0.03)} makes {@code eps} a script value ({@link HostBindings});
 * each {@code eval} returns its own result, the records it produced (a {@code List<ResultRecord>}) or, when it
 * produced none and its last statement is a {@code let}, that value; the engine is {@link AutoCloseable} and closing it
 * releases the tensor engine. Records and reports go to the folder under the {@link #RESULTS_DIR} key
 * ({@code engine.put("atk.results", "/data/run1")}), else to a new temporary folder, never the host's working folder.
 */
public final class AtkScriptEngine extends AbstractScriptEngine implements AutoCloseable {
    /** The engine-scope key naming the results folder. */
    public static final String RESULTS_DIR = "atk.results";

    private final ScriptEngineFactory factory;
    private Session session;

    AtkScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    private Session session(ScriptContext context) throws ScriptException {
        if (session == null) {
            session = Session.builder().out(new PrintStream(new WriterStream(context.getWriter()), true, StandardCharsets.UTF_8))
                    .resultsDir(resultsDir(context)).runName("jsr223").build();
        }
        return session;
    }

    /** The host's folder for records and reports, or a new temporary one. */
    private static java.nio.file.Path resultsDir(ScriptContext context) throws ScriptException {
        Object chosen = context.getAttribute(RESULTS_DIR);
        if (chosen != null) {
            return java.nio.file.Path.of(chosen.toString()).toAbsolutePath();
        }
        try {
            return java.nio.file.Files.createTempDirectory("atk-results-");
        } catch (IOException e) {
            throw new ScriptException("cannot create a results folder (set " + RESULTS_DIR + "): " + e.getMessage());
        }
    }

    /** Where this engine's records and reports go (null before the first eval). */
    public java.nio.file.Path resultsFolder() {
        return session == null ? null : session.resultsFolder();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Object name = context.getAttribute(ScriptEngine_FILENAME);
        Source source = new Source(name == null ? "<script>" : name.toString(), script);
        EvalResult r;
        int before;
        try {
            Session s = session(context);
            Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
            String lets = engineScope == null ? "" : HostBindings.asLets(engineScope);
            if (!lets.isEmpty()) {
                EvalResult bound = s.eval(new Source("<bindings>", lets));
                if (bound.status() != EvalStatus.OK) {
                    throw new ScriptException("the engine's bindings are not script values: "
                            + bound.describeProblems().strip());
                }
            }
            before = s.results().size();
            r = s.eval(source);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // javax.script promises ScriptException; a host must never see an engine-internal exception type
            ScriptException wrapped = new ScriptException("internal error in ATK: " + e);
            wrapped.initCause(e);
            throw wrapped;
        }
        if (r.status() == EvalStatus.SCRIPT_ERROR) {
            Diagnostic first = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            throw new ScriptException(r.describeProblems().strip(), source.name(), first.span().line(), first.span().column());
        }
        if (r.status() != EvalStatus.OK) {
            throw new ScriptException(r.runtimeError().orElse(r.status().name()));
        }
        return resultOf(source, before);
    }

    /** This eval's records, else the value of its last statement when that is a {@code let}, else null. */
    private Object resultOf(Source source, int recordsBefore) {
        java.util.List<dev.atk.result.ResultRecord> all = session.results();
        if (all.size() > recordsBefore) {
            return java.util.List.copyOf(all.subList(recordsBefore, all.size()));
        }
        java.util.List<dev.atk.syntax.Stmt> statements = dev.atk.syntax.Parser.parse(source).statements();
        if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof dev.atk.syntax.Stmt.LetStmt let) {
            return session.value(let.name().name()).orElse(null);
        }
        return null;
    }

    private static final String ScriptEngine_FILENAME = javax.script.ScriptEngine.FILENAME;

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        try (BufferedReader b = new BufferedReader(reader)) {
            return eval(b.lines().collect(Collectors.joining("\n")), context);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** Bridges the context's character writer to the byte stream a session prints to. */
    private static final class WriterStream extends OutputStream {
        private final Writer writer;

        WriterStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) throws IOException {
            writer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writer.write(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }
    }
}
