package dev.atk.spi;

/**
 * Progress of long work (profiles, attacks), for progress bars with an ETA. Called from the evaluating thread.
 * Steps are image-iterations (one forward and backward pass on one image).
 */
public interface ProgressListener {

    /**
     * A task starts: {@code label} says what it is ("profile fashion_cnn", "slam(q=0.5) ×7 budgets");
     * {@code totalSteps} is 0 when the length is not known in advance (a profile runs until it converges).
     */
    default void started(String label, long totalSteps) {}

    default void advanced(String label, long doneSteps, long totalSteps, double elapsedSeconds) {}

    default void finished(String label, double elapsedSeconds) {}

    /** A line of information that is not a result: a cache hit, a resumed count. */
    default void note(String message) {}

    ProgressListener NONE = new ProgressListener() {};
}
