package dev.atk.repl;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.api.SessionBuilder;
import dev.atk.cli.Listings;
import dev.atk.cli.Outcomes;
import dev.atk.cli.Version;
import dev.atk.cli.progress.Progress;
import dev.atk.cli.progress.ProgressRenderer;
import dev.atk.diag.Diagnostic;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.CancelledException;
import dev.atk.source.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.TerminalBuilder;

/**
 * The ATK REPL. One {@link Session} lives as long as the REPL, so the model, data, settings and results carry over.
 * Statements run on a worker thread while this thread waits; Ctrl-C in that time reaches the terminal's INT handler,
 * which cancels the session's evaluation. At the prompt, Ctrl-C clears the line.
 */
public final class Repl implements AutoCloseable {
    static final String PROMPT = "atk> ";
    static final String CONTINUATION = "...> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final Session session;
    private final ProgressRenderer progress;
    private final PrintStream out;
    private final PrintStream err;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atk-eval");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger interrupts = new AtomicInteger();
    private String lastStatement;

    private Repl(Terminal terminal, SessionBuilder builder) {
        this.terminal = terminal;
        this.out = System.out;
        this.err = System.err;
        this.progress = Progress.forTerminal(terminal, err);
        this.session = builder.out(progress.guard(out)).progress(progress).build();
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("atk")
                .parser(new AtkLineParser())
                .completer(new AtkCompleter(session))
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.HISTORY_SIZE, 5000)
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.LIST_MAX, 200)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        discardsWholeStatements(reader);
    }

    /**
     * Ctrl-U discards the statement back to the cursor, every line of it, not only the current line as readline's
     * unix-line-discard does: a continued statement's earlier lines are easy to forget once they scroll away, and
     * keeping them silently joins them to whatever is typed next.
     */
    static void discardsWholeStatements(LineReader reader) {
        reader.getWidgets().put(DISCARD_STATEMENT, () -> {
            org.jline.reader.Buffer buffer = reader.getBuffer();
            int end = buffer.cursor();
            buffer.cursor(0);
            buffer.delete(end);
            return true;
        });
        reader.getKeyMaps().get(LineReader.EMACS).bind(new org.jline.reader.Reference(DISCARD_STATEMENT),
                org.jline.keymap.KeyMap.ctrl('U'));
    }

    static final String DISCARD_STATEMENT = "atk-discard-statement";

    /** Runs the REPL on the process's terminal until {@code :quit} or Ctrl-D; returns the exit code. */
    public static int start(SessionBuilder builder) throws IOException {
        Terminal terminal = TerminalBuilder.builder().name("atk").system(true).dumb(true).build();
        try (Repl repl = new Repl(terminal, builder)) {
            return repl.loop();
        }
    }

    static Path historyFile() {
        String custom = System.getenv("ATK_HISTORY");
        if (custom != null && !custom.isBlank()) {
            return Path.of(custom);
        }
        return Path.of(System.getProperty("user.home"), ".atk_history");
    }

    int loop() {
        out.println("ATK " + Version.number() + " — :help for help, Tab to complete, :quit or Ctrl-D to leave.");
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;                      // Ctrl-C at the prompt: the line is dropped
            } catch (EndOfFileException e) {
                return 0;
            }
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Optional<String> habit = ReplHabits.command(entry);
            if (AtkLineParser.isCommand(entry) || habit.isPresent()) {
                if (!command(habit.orElse(entry))) {
                    return 0;
                }
            } else {
                String statement = ReplHabits.asPrint(line).orElse(line); // `1 + 2` prints 3, as in JShell
                lastStatement = statement;
                boolean ok = evaluate(new Source(entryName(), statement));
                if (ok && (entry.startsWith("model ") || entry.startsWith("model\t"))) {
                    confirmModel();
                }
            }
        }
    }

    /** After {@code model NAME}: which model is now selected, in one line, so the choice is confirmed. */
    private void confirmModel() {
        session.modelName().ifPresent(name -> out.println("model " + name
                + session.catalog().describeModel(name).map(d -> ": " + d).orElse("")));
    }

    /** How diagnostics name REPL input: {@code <repl>:1:5: unknown attack 'slamm'}. */
    private static String entryName() {
        return "<repl>";
    }

    /** Runs one {@code :command}; false means leave the REPL. */
    private boolean command(String entry) {
        int space = entry.indexOf(' ');
        String name = space < 0 ? entry : entry.substring(0, space);
        String arg = space < 0 ? "" : entry.substring(space + 1).trim();
        try {
            switch (name) {
                case ":quit", ":q", ":exit" -> {
                    return false;
                }
                case ":help", ":h", ":?" -> help(arg);
                case ":explain" -> explain(arg);
                case ":models" -> print(Listings.models(session.catalog()));
                case ":attacks" -> print(Listings.attacks(session.catalog()));
                case ":load" -> load(arg);
                case ":reset" -> {
                    session.reset();
                    lastStatement = null;
                    out.println("session reset");
                }
                default -> err.println("unknown command '" + name + "' — :help lists the commands");
            }
        } catch (AtkRuntimeException e) {
            err.println("error: " + e.getMessage());
        } catch (RuntimeException e) {
            internalError(e);
        }
        return true;
    }

    private void help(String topic) {
        HelpTopics.topic(topic, session.catalog()).ifPresentOrElse(this::print,
                () -> err.println("no help for '" + topic + "'; topics: " + String.join(", ", ReplCommands.TOPICS)
                        + ", or an attack name"));
    }

    private void explain(String arg) {
        String text = arg.isEmpty() ? lastStatement : arg;
        if (text == null) {
            err.println("nothing to explain yet: run a statement, or use :explain STATEMENT");
            return;
        }
        Source source = new Source(arg.isEmpty() ? "<last>" : entryName(), text);
        List<Diagnostic> found = session.check(source);
        Outcomes.printDiagnostics(found, err);
        if (!Outcomes.hasErrors(found)) {
            print(session.explain(source));
        }
    }

    private void load(String arg) {
        String name = arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")
                ? arg.substring(1, arg.length() - 1) : arg;
        if (name.isEmpty()) {
            err.println("usage: :load FILE.atk");
            return;
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            err.println(Files.isDirectory(file) ? "not a file but a directory: " + name : "no such file: " + name);
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read " + name + ": " + e.getMessage());
            return;
        }
        evaluate(new Source(name, text));
    }

    /**
     * Evaluates on the worker thread; Ctrl-C meanwhile cancels. Prints problems; the REPL always continues. Returns
     * whether the entry ran to its end.
     */
    private boolean evaluate(Source source) {
        EvalResult result = runCancellable(() -> session.eval(source));
        if (result == null) {
            return false;
        }
        if (result.status() == EvalStatus.OK) {
            Outcomes.printDiagnostics(result.diagnostics(), err);   // warnings
            return true;
        }
        Outcomes.report(result, err);
        return false;
    }

    private <T> T runCancellable(Callable<T> task) {
        interrupts.set(0);
        terminal.writer().flush();
        SignalHandler previous = terminal.handle(Signal.INT, signal -> interrupted());
        Attributes saved = quietInput();
        try {
            Future<T> future = worker.submit(task);
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    session.cancel();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof CancelledException) {
                        err.println("cancelled");
                    } else if (cause instanceof AtkRuntimeException) {
                        err.println("error: " + cause.getMessage());
                    } else {
                        internalError(cause);
                    }
                    return null;
                }
            }
        } finally {
            if (saved != null) {
                terminal.setAttributes(saved);
            }
            terminal.handle(Signal.INT, previous);
            progress.reset();
            out.flush();
            err.flush();
        }
    }

    /**
     * While a statement runs, keys typed ahead are not echoed (they would garble the progress bar and the output);
     * JLine reads them at the next prompt. Ctrl-C still raises SIGINT. Returns the attributes to restore.
     */
    private Attributes quietInput() {
        try {
            Attributes saved = terminal.getAttributes();
            Attributes quiet = new Attributes(saved);
            quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
            quiet.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            terminal.setAttributes(quiet);
            return saved;
        } catch (RuntimeException e) {
            return null;          // a dumb terminal: nothing to change
        }
    }

    private void interrupted() {
        int n = interrupts.incrementAndGet();
        progress.clear();
        if (n == 1) {
            session.cancel();
        } else if (n == 2) {
            err.println("still cancelling... (Ctrl-C again to leave atk)");
        } else {
            err.println("leaving atk");
            err.flush();
            System.exit(130);
        }
    }

    private void print(String text) {
        out.println(text.stripTrailing());
        out.flush();
    }

    private void internalError(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage().lines().findFirst().orElse("");
        err.println("internal error: " + message);
        if ("1".equals(System.getenv("ATK_DEBUG"))) {
            t.printStackTrace(err);
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience
        }
        worker.shutdownNow();
        session.close();
        try {
            terminal.close();
        } catch (IOException e) {
            // leaving anyway
        }
    }
}
