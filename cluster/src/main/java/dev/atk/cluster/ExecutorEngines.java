package dev.atk.cluster;

import dev.atk.spi.Backend;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.Stdlib;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The one backend of an executor JVM, opened on its first task and kept for the JVM's life, with the models and data
 * splits its tasks loaded (a model is loaded once per executor, not once per batch). DJL allows one gradient
 * collector per JVM, so tasks of one executor take turns: an executor with more cores than one runs its tasks one
 * after another, and parallelism comes from executors (processes), each with its own libtorch threads.
 *
 * <p>In {@code local[N]} mode the tasks run inside the driver's JVM; the driver lends its own backend ({@link
 * #lend}) so that the JVM does not start a second engine.
 */
final class ExecutorEngines {
    private static Backend backend;
    private static EngineSpec openedFor;
    private static Backend lent;
    private static final Map<ModelRef, ModelHandle> MODELS = new HashMap<>();
    private static final Map<DataRef, DataHandle> DATA = new HashMap<>();

    private ExecutorEngines() {}

    /** The lock a task holds while it uses the backend: one task at a time per JVM. */
    static final Object TURN = new Object();

    /** The driver's backend, for tasks that run in its JVM ({@code local[N]}); null takes it back. */
    static void lend(Backend driverBackend) {
        synchronized (TURN) {
            lent = driverBackend;
            if (driverBackend == null) {
                MODELS.clear();
                DATA.clear();
            }
        }
    }

    /** This JVM's backend for {@code spec}, opened on first use. Call while holding {@link #TURN}. */
    static Backend backend(EngineSpec spec) {
        if (lent != null) {
            return lent;
        }
        if (backend == null || !spec.equals(openedFor)) {
            if (backend != null) {
                backend.close();
                MODELS.clear();
                DATA.clear();
            }
            Stdlib stdlib = ServiceLoader.load(Stdlib.class).findFirst().orElseThrow(() -> new IllegalStateException(
                    "no ATK stdlib on this executor's class path (its jars must reach the executors: docs/scale-out.md)"));
            backend = stdlib.open(spec.config());
            openedFor = spec;
        }
        return backend;
    }

    static ModelHandle model(Backend b, ModelRef ref) {
        return MODELS.computeIfAbsent(ref, b::loadModel);
    }

    static DataHandle data(Backend b, DataRef ref) {
        return DATA.computeIfAbsent(ref, b::loadData);
    }
}
