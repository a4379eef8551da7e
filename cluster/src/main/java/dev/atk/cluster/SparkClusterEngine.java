package dev.atk.cluster;

import dev.atk.setting.ClusterMaster;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.ClusterEngine;
import dev.atk.spi.ProgressListener;
import org.apache.spark.api.java.JavaSparkContext;

/** The cluster engine on Apache Spark (registered by ServiceLoader). */
public final class SparkClusterEngine implements ClusterEngine {

    @Override
    public String describe() {
        return "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " (Scala "
                + scala.util.Properties.versionNumberString() + ")";
    }

    @Override
    public Backend distribute(Backend local, String text, BackendConfig config, ProgressListener progress) {
        ClusterMaster master = ClusterMaster.parse(text).orElseThrow(() -> new AtkRuntimeException("'" + text
                + "' is not a Spark master; use one of " + String.join(", ", ClusterMaster.FORMS)));
        progress.note("starting Spark (" + master.text() + ")");
        if (master.kind() != ClusterMaster.Kind.STANDALONE && System.getenv("SPARK_LOCAL_IP") == null) {
            progress.note("note: SPARK_LOCAL_IP is not set, so Spark's master and worker pages listen on every "
                    + "interface of this machine; set SPARK_LOCAL_IP=127.0.0.1 (the atk launcher does)");
        }
        JavaSparkContext spark;
        try {
            spark = SparkSetup.start(master, config.cacheDir());
        } catch (RuntimeException | AssertionError | LinkageError e) { // Spark asserts its set-up
            throw new AtkRuntimeException("cluster " + master.text() + ": Spark did not start: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
        return new ClusterBackend(local, spark, master, EngineSpec.of(config), progress);
    }
}
