package dev.atk.cluster;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.Backend;
import dev.atk.spi.RunControl;
import java.io.Serializable;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * What a Spark task does on its executor: compute the shard of its partition on the executor's backend and send the
 * result back. A user's mistake (an unreadable model file, a model without the labels an attack names) comes back
 * as a message, since every retry would fail the same way; anything else fails the task so Spark runs it again.
 */
final class RunShard extends AbstractFunction1<Iterator<Shard>, ShardOutcome> implements Serializable {

    /**
     * The engine the shard asks for, on the GPU Spark gave this task when the cluster schedules GPUs
     * ({@code spark.task.resource.gpu.amount=1}): its address, as the discovery script numbers it, becomes {@code
     * gpu:N}. A script that asked for the CPU keeps it.
     */
    static EngineSpec engineFor(Shard shard, TaskContext task) {
        if (task == null || "cpu".equals(shard.engine().device())) {
            return shard.engine();
        }
        var gpu = task.resourcesJMap().get("gpu");
        if (gpu == null || gpu.addresses().length == 0) {
            return shard.engine();
        }
        return shard.engine().onGpu(gpu.addresses()[0]);
    }

    /** Where this task ran, as Spark writes an executor location ({@code TaskLocation}); null outside an executor. */
    private static String location() {
        SparkEnv env = SparkEnv.get();
        if (env == null || env.blockManager() == null || "driver".equals(env.executorId())) {
            return null;
        }
        return "executor_" + env.blockManager().blockManagerId().host() + "_" + env.executorId();
    }

    @Override
    public ShardOutcome apply(Iterator<Shard> partition) {
        Shard shard = partition.next(); // one shard per partition
        String executor = SparkEnv.get() == null ? "driver" : SparkEnv.get().executorId();
        TaskContext task = TaskContext.get();
        RunControl control = new RunControl() {
            @Override
            public void advance(long steps) {}

            @Override
            public boolean cancelled() {
                return task != null && (task.isInterrupted() || Thread.currentThread().isInterrupted());
            }
        };
        synchronized (ExecutorEngines.TURN) {
            long start = System.nanoTime();
            long computeStart;
            java.io.Serializable result;
            try {
                Backend backend = ExecutorEngines.backend(engineFor(shard, task));
                var model = ExecutorEngines.model(backend, shard.model());
                var data = ExecutorEngines.data(backend, shard.data());
                computeStart = System.nanoTime();
                result = shard.compute(backend, model, data, control);
            } catch (dev.atk.spi.CancelledException e) {
                throw e;
            } catch (AtkRuntimeException e) {
                return ShardOutcome.failed(shard.index(), e.getMessage(), executor);
            }
            long end = System.nanoTime();
            return new ShardOutcome(shard.index(), result, null, executor, location(), (end - computeStart) / 1e9,
                    (computeStart - start) / 1e9);
        }
    }
}
