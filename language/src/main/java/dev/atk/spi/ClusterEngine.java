package dev.atk.spi;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runs a backend's attack tasks on other processes ({@code set cluster}, {@code --cluster}). The driver keeps its own
 * backend for everything the plan computes once (models' headers, clean passes, profiles, reports); the engine this
 * returns sends each batch of an attack call to an executor, which holds its own backend, and hands the outcomes back
 * to the caller's sink in this process, so the results log, resume and dedupe stay where they are. Found by
 * ServiceLoader: the optional {@code atk-cluster} module implements it on Apache Spark.
 */
public interface ClusterEngine {

    /**
     * A backend that runs {@code local}'s attack calls on {@code master}'s executors and everything else on
     * {@code local}. Closing it stops the cluster's application and closes {@code local}.
     *
     * @param master a Spark master URL, already checked to be one of {@code setting.ClusterMaster.FORMS}
     * @param config how each executor opens its own backend: the same device rule and base folder as the driver's
     * @param progress where cluster events go (executors lost, tasks re-run), one line each
     */
    Backend distribute(Backend local, String master, BackendConfig config, ProgressListener progress);

    /** What it runs on, for {@code atk doctor}: e.g. {@code Apache Spark 4.2.0 (Scala 2.13)}. */
    String describe();

    /** The installed engine, if the module that provides one is on the class path. */
    static Optional<ClusterEngine> installed() {
        return ServiceLoader.load(ClusterEngine.class).findFirst();
    }
}
