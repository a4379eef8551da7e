package dev.atk.cli.progress;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * A one-line bar redrawn in place with {@code \r}:
 * {@code profile fashion_cnn [#######.........]  40%  400/1000  52.1/s  ETA 0:12}.
 * Redraws at most every 100 ms; the line never exceeds the terminal's width.
 */
public final class BarProgress extends ProgressRenderer {
    private static final long MIN_REDRAW_NANOS = 100_000_000L;
    private final IntSupplier width;
    private final Clock clock;
    private boolean shown;
    private long lastDraw = Long.MIN_VALUE / 2;

    /** A source of nanoseconds, replaceable in tests. */
    public interface Clock {
        long nanos();
    }

    public BarProgress(PrintStream err, IntSupplier width) {
        this(err, width, System::nanoTime);
    }

    public BarProgress(PrintStream err, IntSupplier width, Clock clock) {
        super(err);
        this.width = width;
        this.clock = clock;
    }

    @Override
    protected void onStarted(TaskState t) {
        draw(t, true);
    }

    @Override
    protected void onAdvanced(TaskState t) {
        draw(t, t.total > 0 && t.done >= t.total);
    }

    @Override
    protected void onFinished(TaskState t) {
        clear();
        if (t.elapsed >= 1.0) {
            String steps = t.done > 0 ? ", " + t.done + " steps, " + Durations.rate(t.rate()) : "";
            err.println(t.label + ": done in " + Durations.format(t.elapsed) + steps);
        }
        TaskState next = null;
        for (TaskState s : tasks.values()) {
            next = s;
        }
        if (next != null) {
            draw(next, true);
        }
        err.flush();
    }

    @Override
    public synchronized void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private void draw(TaskState t, boolean force) {
        long now = clock.nanos();
        if (!force && shown && now - lastDraw < MIN_REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        flushOut();
        err.print("\r" + line(t, Math.max(20, width.getAsInt()) - 1) + "\033[K");
        err.flush();
        shown = true;
    }

    /** The bar's text for a task, fitted into {@code columns} characters. Package-visible for tests. */
    static String line(TaskState t, int columns) {
        int pct = t.percent();
        StringBuilder tail = new StringBuilder();
        tail.append(pct < 0 ? "  ?%" : String.format("%3d%%", pct));
        tail.append("  ").append(t.done).append(t.total > 0 ? "/" + t.total : "");
        tail.append("  ").append(Durations.rate(t.rate()));
        tail.append("  ETA ").append(Durations.format(t.eta()));
        String label = t.label;
        int barWidth = Math.min(30, columns - label.length() - tail.length() - 4);
        if (barWidth < 5) {
            int room = columns - tail.length() - 1;
            if (room < 8) {
                return fit(label + " " + tail, columns);
            }
            return fit(label, room) + " " + tail;
        }
        int filled = pct < 0 ? 0 : (int) Math.round(barWidth * pct / 100.0);
        return label + " [" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "] " + tail;
    }

    private static String fit(String s, int columns) {
        return s.length() <= columns ? s : s.substring(0, Math.max(0, columns - 1)) + "…";
    }
}
