package dev.atk.cli.progress;

/** What a renderer knows about one running task. */
final class TaskState {
    final String label;
    long total;
    long done;
    double elapsed;

    TaskState(String label, long total) {
        this.label = label;
        this.total = Math.max(0, total);
    }

    void update(long done, long total, double elapsed) {
        this.done = Math.max(0, done);
        if (total > 0) {
            this.total = total;
        }
        this.elapsed = Math.max(0, elapsed);
    }

    /** 0..100, or -1 when the total is unknown. */
    int percent() {
        if (total <= 0) {
            return -1;
        }
        return (int) Math.min(100, Math.floor(100.0 * done / total));
    }

    double rate() {
        return elapsed > 0 ? done / elapsed : Double.NaN;
    }

    /** Seconds left at the current rate, NaN when unknown. */
    double eta() {
        double r = rate();
        if (total <= 0 || !(r > 0)) {
            return Double.NaN;
        }
        return Math.max(0, total - done) / r;
    }
}
