package dev.atk.cluster;

import dev.atk.setting.ClusterMaster;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.CancelledException;
import dev.atk.spi.RunControl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs shards as Spark jobs and hands each task's outcome to the caller on the caller's thread as soon as the task
 * finishes: the one place that talks to Spark's scheduler (job groups, cancel, failures, preferred executors).
 */
final class ShardJobs {
    private final JavaSparkContext spark;
    private final ClusterMaster master;
    private final AtomicInteger jobs = new AtomicInteger();
    private final TaskTimes times = new TaskTimes();

    ShardJobs(JavaSparkContext spark, ClusterMaster master) {
        this.spark = spark;
        this.master = master;
    }

    TaskTimes times() {
        return times;
    }

    /** Tasks that can run at once: executors × their cores ÷ the cores a task takes. */
    int slots() {
        int cpusPerTask = Math.max(1, spark.getConf().getInt("spark.task.cpus", 1));
        return Math.max(1, spark.sc().defaultParallelism() / cpusPerTask);
    }

    /**
     * Runs {@code shards} as one Spark job (a job group of its own, so that a cancel stops exactly it) and hands each
     * task's outcome to {@code arrival} on this thread as soon as the task finishes. A user's mistake on an executor
     * ends the job with that message; a task that failed for good ends it with Spark's reason.
     */
    void run(List<? extends Shard> shards, String description, RunControl control, Consumer<ShardOutcome> arrival) {
        run(shards, null, description, control, arrival);
    }

    /** @param preferred per shard, the executor location it should run on (null: anywhere), or null for none */
    void run(List<? extends Shard> shards, List<String> preferred, String description, RunControl control,
             Consumer<ShardOutcome> arrival) {
        if (spark.sc().isStopped()) {
            throw new AtkRuntimeException("cluster " + master.text() + ": the Spark application has stopped (the "
                    + "master removed it, or its executors could not start: see Spark's messages above)");
        }
        String group = "atk-" + spark.sc().applicationId() + "-" + jobs.incrementAndGet();
        BlockingQueue<ShardOutcome> arrived = new LinkedBlockingQueue<>();
        spark.setJobGroup(group, description, true);
        long submitted = System.nanoTime();
        SimpleFutureAction<BoxedUnit> job;
        try {
            org.apache.spark.rdd.RDD<Shard> rdd = preferred == null
                    ? spark.parallelize(new ArrayList<Shard>(shards), shards.size()).rdd()
                    : withLocations(shards, preferred);
            job = spark.sc().submitJob(rdd, new RunShard(), partitions(shards.size()), new Collect(arrived),
                    new Done());
        } catch (IllegalStateException stopped) { // the application stopped between the check above and the job
            throw new AtkRuntimeException("cluster " + master.text() + ": " + firstLine(stopped));
        } finally {
            spark.clearJobGroup();
        }
        int done = 0;
        try {
            while (done < shards.size()) {
                if (control.cancelled()) {
                    spark.cancelJobGroup(group);
                    throw new CancelledException();
                }
                ShardOutcome outcome = arrived.poll(100, TimeUnit.MILLISECONDS);
                if (outcome == null) {
                    if (job.isCompleted()) {
                        failure(job); // finished without every result: a task failed for good
                        if (arrived.isEmpty()) {
                            throw new IllegalStateException("the job ended with " + done + " of " + shards.size()
                                    + " results");
                        }
                    }
                    continue;
                }
                if (outcome.error() != null) {
                    spark.cancelJobGroup(group);
                    throw new AtkRuntimeException(outcome.error() + " (on executor " + outcome.executor() + ")");
                }
                arrival.accept(outcome);
                times.add(outcome.computeSeconds(), outcome.startSeconds(), outcome.executor());
                done++;
            }
        } catch (InterruptedException e) {
            spark.cancelJobGroup(group);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        times.jobDone((System.nanoTime() - submitted) / 1e9);
    }

    /** One partition per shard, each preferring its location (Spark waits a few seconds for it, then runs anywhere). */
    private org.apache.spark.rdd.RDD<Shard> withLocations(List<? extends Shard> shards, List<String> preferred) {
        List<scala.Tuple2<Shard, scala.collection.immutable.Seq<String>>> placed = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            String at = preferred.get(i);
            placed.add(new scala.Tuple2<>(shards.get(i), scala.jdk.javaapi.CollectionConverters
                    .asScala(at == null ? List.<String>of() : List.of(at)).toList()));
        }
        return spark.sc().makeRDD(scala.jdk.javaapi.CollectionConverters.asScala(placed).toList(),
                scala.reflect.ClassTag$.MODULE$.apply(Shard.class));
    }

    private static scala.collection.immutable.Seq<Object> partitions(int n) {
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(all).toList();
    }

    private static String firstLine(Throwable t) {
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.getClass().getSimpleName());
    }

    /** Throws what ended a job that stopped before every task had a result. */
    private static void failure(SimpleFutureAction<BoxedUnit> job) {
        scala.Option<scala.util.Try<BoxedUnit>> value = job.value();
        if (value.isDefined() && value.get().isFailure()) {
            Throwable cause = value.get().failed().get();
            String message = firstLine(cause);
            if (message.contains("cancelled")) {
                throw new CancelledException();
            }
            throw new AtkRuntimeException("cluster: the attack job failed: " + message);
        }
    }

    /** Runs on the scheduler's thread: only queues the outcome for the driver's thread. */
    private static final class Collect extends AbstractFunction2<Object, ShardOutcome, BoxedUnit> {
        private final BlockingQueue<ShardOutcome> queue;

        Collect(BlockingQueue<ShardOutcome> queue) {
            this.queue = queue;
        }

        @Override
        public BoxedUnit apply(Object index, ShardOutcome outcome) {
            queue.add(outcome);
            return BoxedUnit.UNIT;
        }
    }

    private static final class Done extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
