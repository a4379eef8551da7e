package dev.atk.cluster;

import java.io.Serializable;

/**
 * What an executor sends back for one {@link Shard}: what it computed, or the user-facing message of a mistake
 * that no retry would fix (a model file the executor cannot read). Failures that a retry may fix (a lost executor, a
 * crash) are not outcomes: they fail the Spark task, which Spark runs again.
 *
 * @param executor Spark's id of the executor that ran it (in messages and the benchmark)
 * @param location the executor as a task's preferred location ({@code executor_HOST_ID}), to send the next round of
 *     the same part there; null in the driver's own JVM
 * @param computeSeconds the executor's time in the attack, to set against the driver's time per task
 * @param startSeconds the executor's time opening its engine and loading the model and data for this task (0 once
 *     they are open: an executor pays it on its first task)
 */
record ShardOutcome(int index, Serializable result, String error, String executor, String location,
                    double computeSeconds, double startSeconds) implements Serializable {

    static ShardOutcome failed(int index, String message, String executor) {
        return new ShardOutcome(index, null, message, executor, null, 0, 0);
    }
}
