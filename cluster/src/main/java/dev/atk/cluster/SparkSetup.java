package dev.atk.cluster;

import dev.atk.setting.ClusterMaster;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the Spark application a cluster run sends its tasks to. What is set here is a default: a {@code spark.*}
 * system property the user gave (through {@code ATK_JAVA_OPTS}, e.g. {@code -Dspark.executor.memory=8g}) wins,
 * since SparkConf reads those first and only missing keys are filled in.
 */
final class SparkSetup {
    /** System properties an executor JVM needs as the driver has them: DJL offline, its caches, libtorch's threads. */
    private static final List<String> INHERITED_PROPERTY_PREFIXES =
            List.of("ai.djl.", "DJL_", "OPT_OUT_TRACKING", "jna.", "atk.", "polyglot.", "java.awt.headless");
    /** Environment an executor needs as the driver has it: how libtorch's OpenMP threads wait, where DJL caches. */
    private static final List<String> INHERITED_ENVIRONMENT =
            List.of("OMP_WAIT_POLICY", "DJL_CACHE_DIR", "PYTORCH_LIBRARY_PATH", "PYTORCH_VERSION", "PYTORCH_FLAVOR",
                    "LD_LIBRARY_PATH", "ATK_LIBTORCH");

    private SparkSetup() {}

    static JavaSparkContext start(ClusterMaster master, Path cacheDir) {
        SparkConf conf = new SparkConf(true).setMaster(master.text()).setAppName("atk");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // Tasks are attack batches of seconds to minutes; a slow one is an expensive image, not a sick machine.
        conf.setIfMissing("spark.speculation", "false");
        if (master.kind() != ClusterMaster.Kind.STANDALONE) {
            // Everything on this machine talks over loopback: no process of ours listens on another interface.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            // The in-process workers of local-cluster take this JVM's host name, else the first non-loopback address.
            org.apache.spark.util.Utils.setCustomHostname("127.0.0.1");
            conf.setIfMissing("spark.executorEnv.SPARK_LOCAL_IP", "127.0.0.1");
        }
        int[] shape = master.localClusterShape();
        if (shape != null) {
            localCluster(conf, shape, cacheDir);
        }
        if (master.kind() == ClusterMaster.Kind.STANDALONE) {
            if (!conf.contains("spark.jars")) {
                // A standalone cluster's executors start from Spark's own jars: ATK's (the stdlib, DJL, libtorch's
                // natives) travel with the application, as spark-submit would send them.
                conf.set("spark.jars", String.join(",", classPathJars()));
            }
            // Spark's worker builds an executor's command line for this Scala; a worker started from jars rather than
            // from a Spark distribution cannot tell it otherwise.
            conf.setIfMissing("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
        }
        StringBuilder options = new StringBuilder(conf.get("spark.executor.extraJavaOptions", ""));
        for (Map.Entry<Object, Object> p : System.getProperties().entrySet()) {
            String key = p.getKey().toString();
            if (INHERITED_PROPERTY_PREFIXES.stream().anyMatch(key::startsWith) && !key.startsWith("spark.")
                    && !p.getValue().toString().contains(" ")) {
                options.append(" -D").append(key).append('=').append(p.getValue());
            }
        }
        options.append(" -Dai.djl.offline=true");
        conf.set("spark.executor.extraJavaOptions", options.toString().trim());
        conf.setIfMissing("spark.executorEnv.OPT_OUT_TRACKING", "true");
        for (String name : INHERITED_ENVIRONMENT) {
            String value = System.getenv(name);
            if (value != null) {
                conf.setIfMissing("spark.executorEnv." + name, value);
            }
        }
        return new JavaSparkContext(conf);
    }

    /**
     * {@code local-cluster[W,C,M]}: W executor JVMs of C cores and M MB on this machine. Spark starts them from its
     * own distribution unless it is told it is testing, in which case each executor inherits this JVM's class path,
     * which is what an ATK run from a checkout or an application's class path needs. Each executor runs one task at
     * a time (its C cores are libtorch's threads, not C concurrent attacks, since a JVM holds one gradient collector).
     */
    private static void localCluster(SparkConf conf, int[] shape, Path cacheDir) {
        System.setProperty("spark.testing", "1");
        Path home = cacheDir.resolve("spark");
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new dev.atk.spi.AtkRuntimeException("cluster: cannot create " + home + ": " + e.getMessage());
        }
        if (System.getProperty("spark.test.home") == null) {
            System.setProperty("spark.test.home", home.toString()); // the workers read it from the system properties
        }
        conf.setIfMissing("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
        conf.setIfMissing("spark.task.cpus", Integer.toString(shape[1]));
        conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", Integer.toString(shape[1]));
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            conf.set("spark.executor.extraJavaOptions", (conf.get("spark.executor.extraJavaOptions", "")
                    + " -Dai.djl.pytorch.num_threads=" + shape[1]).trim());
        }
    }

    /**
     * The jars of this JVM's class path, each file name once (Spark serves jars by name; the first on the class path
     * is the one this JVM uses). Folders of classes are skipped: a standalone cluster needs jars.
     */
    private static List<String> classPathJars() {
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File f = new File(entry);
            if (entry.endsWith(".jar") && f.isFile()) {
                byName.putIfAbsent(f.getName(), f.getAbsolutePath());
            }
        }
        return new ArrayList<>(byName.values());
    }
}
