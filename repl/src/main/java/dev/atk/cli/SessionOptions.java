package dev.atk.cli;

import dev.atk.setting.DeviceSpec;
import dev.atk.api.Session;
import dev.atk.api.SessionBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every evaluating command shares: where results go, the seed, the device, the cluster. */
public final class SessionOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results log and reports "
            + "(default: ./atk-results).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Global seed (default: the script's `set seed`, "
            + "else 11).")
    Long seed;

    @Option(names = "--allow-write", paramLabel = "DIR", description = "Let scripts write reports into DIR too "
            + "(repeatable). Without it a script writes only inside its results folder.")
    List<Path> allowWrite = new ArrayList<>();

    @Option(names = "--device", paramLabel = "DEVICE", converter = DeviceConverter.class,
            description = "auto, cpu, gpu or gpu:N (default: auto, the first GPU if libtorch sees one).")
    DeviceSpec device;

    @Option(names = "--cluster", paramLabel = "MASTER", converter = ClusterConverter.class,
            description = "Run the attack tasks on Apache Spark: local[N], local-cluster[W,C,M] or spark://host:port "
                    + "(needs the atk-cluster module; docs/scale-out.md).")
    dev.atk.setting.ClusterMaster cluster;

    /**
     * A session builder with these options applied. Results go to {@code --out}, else {@code ./atk-results} in the
     * working directory; the seed and device the user did not give keep the engine's defaults.
     */
    public SessionBuilder builder(Path baseDir) {
        SessionBuilder b = Session.builder().baseDir(baseDir)
                .resultsDir((out != null ? out : Path.of("atk-results")).toAbsolutePath().normalize());
        if (seed != null) {
            b.seed(seed);
        }
        allowWrite.forEach(b::allowWrite);
        if (device != null) {
            b.device(device.keyword());
        }
        if (cluster != null) {
            b.cluster(cluster.text());
        }
        return b;
    }
}
