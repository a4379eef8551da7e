package dev.atk.exec;

import dev.atk.spi.ProgressListener;
import dev.atk.spi.RunControl;
import java.util.function.BooleanSupplier;

/** Progress and cancellation for one task, throttled so a fast kernel does not flood the terminal. */
final class ExecControl implements RunControl {
    private static final long THROTTLE_NANOS = 200_000_000L;
    private final String label;
    private final long total;
    private final ProgressListener listener;
    private final BooleanSupplier cancelled;
    private final long startNanos = System.nanoTime();
    private long done;
    private long lastReport;

    ExecControl(String label, long total, ProgressListener listener, BooleanSupplier cancelled) {
        this.label = label;
        this.total = total;
        this.listener = listener;
        this.cancelled = cancelled;
        listener.started(label, total);
    }

    @Override
    public void advance(long steps) {
        done += steps;
        long now = System.nanoTime();
        if (now - lastReport > THROTTLE_NANOS || (total > 0 && done >= total)) {
            lastReport = now;
            listener.advanced(label, done, total, elapsed());
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    double elapsed() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    void finish() {
        listener.finished(label, elapsed());
    }
}
