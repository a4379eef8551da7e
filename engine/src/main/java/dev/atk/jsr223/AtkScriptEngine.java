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
 * diagnostic's line and column and every rendered diagnostic as its message. {@code eval} returns the session's
 * result records (a {@code List<ResultRecord>}).
 */
public final class AtkScriptEngine extends AbstractScriptEngine {
    private final ScriptEngineFactory factory;
    private Session session;

    AtkScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    private Session session(ScriptContext context) {
        if (session == null) {
            session = Session.builder().out(new PrintStream(new WriterStream(context.getWriter()), true, StandardCharsets.UTF_8))
                    .runName("jsr223").build();
        }
        return session;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Object name = context.getAttribute(ScriptEngine_FILENAME);
        Source source = new Source(name == null ? "<script>" : name.toString(), script);
        EvalResult r;
        try {
            r = session(context).eval(source);
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
        return session.results();
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
