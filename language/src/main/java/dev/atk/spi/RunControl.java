package dev.atk.spi;

/**
 * The executor's hooks into a running primitive: progress and cancellation. Kernels call {@link #advance} after each
 * unit of work (one image-iteration: a forward and backward pass on one image) and {@link #checkCancelled} once per
 * iteration, so Ctrl-C stops a long attack within one iteration.
 */
public interface RunControl {

    /** Reports {@code steps} more image-iterations done. */
    void advance(long steps);

    boolean cancelled();

    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }

    /** A control that never cancels and ignores progress: for tests and embedders that do not care. */
    static RunControl none() {
        return new RunControl() {
            @Override
            public void advance(long steps) {}

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
