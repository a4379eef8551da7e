package dev.atk.cluster;

/**
 * Where a cluster run's time goes: the executors' compute per task against the driver's wall time per task (job wall
 * time × parallel slots ÷ tasks would be the ideal). What is left is the driver's overhead: serialising the shard,
 * scheduling, shipping outcomes back, writing the log. Kept for the closing note and the benchmark.
 */
final class TaskTimes {
    private long tasks;
    private double computeSeconds;
    private double jobSeconds;
    private final java.util.Set<String> executors = new java.util.TreeSet<>();

    private double startSeconds;

    synchronized void add(double compute, double start, String executor) {
        tasks++;
        computeSeconds += compute;
        startSeconds += start;
        executors.add(executor);
    }

    synchronized void jobDone(double wallSeconds) {
        jobSeconds += wallSeconds;
    }

    synchronized long tasks() {
        return tasks;
    }

    /** Mean executor compute per task, in seconds. */
    synchronized double computePerTask() {
        return tasks == 0 ? 0 : computeSeconds / tasks;
    }

    /** Summed wall time of the jobs, as the driver saw them. */
    synchronized double jobSeconds() {
        return jobSeconds;
    }

    synchronized double computeSeconds() {
        return computeSeconds;
    }

    synchronized String summary() {
        if (tasks == 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%d tasks on %d executor%s, %.1f s of compute (%.3f s per task), "
                + "%.1f s starting engines, %.1f s of jobs on the driver", tasks, executors.size(),
                executors.size() == 1 ? "" : "s", computeSeconds, computePerTask(), startSeconds, jobSeconds);
    }
}
