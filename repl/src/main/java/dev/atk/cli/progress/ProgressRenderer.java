package dev.atk.cli.progress;

import dev.atk.spi.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows progress events on a stream (stderr). Subclasses decide the look; this class keeps the running tasks and
 * offers {@link #guard(PrintStream)}, a wrapper for the script's output that clears a visible bar before every write.
 * All methods are synchronized: events come from the evaluating thread, writes from anywhere.
 */
public abstract class ProgressRenderer implements ProgressListener {
    protected final PrintStream err;
    /** Running tasks in start order; the newest one is the one a bar shows. */
    protected final Map<String, TaskState> tasks = new LinkedHashMap<>();
    private PrintStream guardedOut;

    protected ProgressRenderer(PrintStream err) {
        this.err = err;
    }

    /** A renderer that shows no progress, only notes (ATK_PROGRESS=off). */
    public static ProgressRenderer silent(PrintStream err) {
        return new ProgressRenderer(err) {};
    }

    @Override
    public synchronized void started(String label, long totalSteps) {
        tasks.remove(label);
        TaskState t = new TaskState(label, totalSteps);
        tasks.put(label, t);
        onStarted(t);
    }

    @Override
    public synchronized void advanced(String label, long doneSteps, long totalSteps, double elapsedSeconds) {
        TaskState t = tasks.get(label);
        if (t == null) {
            t = new TaskState(label, totalSteps);
            tasks.put(label, t);
        }
        t.update(doneSteps, totalSteps, elapsedSeconds);
        onAdvanced(t);
    }

    @Override
    public synchronized void finished(String label, double elapsedSeconds) {
        TaskState t = tasks.remove(label);
        if (t == null) {
            t = new TaskState(label, 0);
        }
        t.elapsed = Math.max(t.elapsed, elapsedSeconds);
        onFinished(t);
    }

    private String lastResultsNote;

    /** Prints a note; "results: FILE" is shown once per file, not after every statement of a REPL session. */
    @Override
    public synchronized void note(String message) {
        if (message.startsWith("results: ")) {
            if (message.equals(lastResultsNote)) {
                return;
            }
            lastResultsNote = message;
        }
        clear();
        err.println(message);
        err.flush();
    }

    /** Removes anything drawn that is not yet followed by a newline; the next event redraws it. */
    public synchronized void clear() {}

    /** Forgets every task (after a cancelled or failed evaluation) and clears the display. */
    public synchronized void reset() {
        clear();
        tasks.clear();
    }

    protected void onStarted(TaskState t) {}

    protected void onAdvanced(TaskState t) {}

    protected void onFinished(TaskState t) {}

    /** Flushes the guarded output so its text reaches the terminal before the bar is drawn again. */
    protected void flushOut() {
        if (guardedOut != null) {
            guardedOut.flush();
        }
    }

    /**
     * Wraps the stream scripts print to: every write first clears the bar, and the stream flushes on every write so
     * text and bar never interleave mid-line.
     */
    public synchronized PrintStream guard(PrintStream out) {
        OutputStream clearing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                clear();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                clear();
                out.write(b, off, len);
                out.flush();
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
        guardedOut = new PrintStream(clearing, true, StandardCharsets.UTF_8);
        return guardedOut;
    }
}
