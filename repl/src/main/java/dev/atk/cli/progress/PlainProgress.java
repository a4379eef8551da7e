package dev.atk.cli.progress;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Progress for logs and pipes: whole lines such as {@code profile fashion_cnn: 40% ETA 0:12}, at most one per task
 * every {@link #interval} seconds of the task's own elapsed time, plus a line when a task ends.
 */
public final class PlainProgress extends ProgressRenderer {
    private final double interval;
    private final Map<String, Double> lastPrinted = new HashMap<>();

    public PlainProgress(PrintStream err) {
        this(err, 5.0);
    }

    public PlainProgress(PrintStream err, double intervalSeconds) {
        super(err);
        this.interval = intervalSeconds;
    }

    @Override
    protected void onStarted(TaskState t) {
        lastPrinted.put(t.label, 0.0);
    }

    @Override
    protected void onAdvanced(TaskState t) {
        double last = lastPrinted.getOrDefault(t.label, 0.0);
        if (t.elapsed - last < interval || (t.total > 0 && t.done >= t.total)) {
            return;
        }
        lastPrinted.put(t.label, t.elapsed);
        int pct = t.percent();
        String eta = Double.isNaN(t.eta()) ? "" : " ETA " + Durations.format(t.eta());
        err.println(t.label + ": " + (pct < 0 ? t.done + " steps" : pct + "%") + eta);
        err.flush();
    }

    @Override
    protected void onFinished(TaskState t) {
        lastPrinted.remove(t.label);
        if (t.elapsed >= interval) {
            err.println(t.label + ": done in " + Durations.format(t.elapsed));
            err.flush();
        }
    }
}
