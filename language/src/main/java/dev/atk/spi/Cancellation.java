package dev.atk.spi;

/**
 * The user's request to stop (Ctrl-C, {@code Session.cancel()}), as every long loop of the interpreter sees it: the
 * checker and planner per statement and per loop repetition, the evaluator inside built-ins that walk large lists or
 * search trees, the executor per plan node, kernels per iteration. A loop calls {@link #checkpoint} often enough that
 * a request lands within a fraction of a second; the {@link CancelledException} it throws unwinds to the session,
 * which ends the statement as cancelled.
 */
@FunctionalInterface
public interface Cancellation {

    /** Whether the user has asked to stop. Cheap: a volatile read. */
    boolean requested();

    /** Throws {@link CancelledException} if the user has asked to stop. */
    default void checkpoint() {
        if (requested()) {
            throw new CancelledException();
        }
    }

    /** For work nobody can cancel: tests, and tools that check one file and exit. */
    static Cancellation never() {
        return () -> false;
    }
}
