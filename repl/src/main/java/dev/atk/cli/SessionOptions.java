package dev.atk.cli;

import dev.atk.api.Session;
import dev.atk.api.SessionBuilder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every evaluating command shares: where results go, the seed, the device. */
public final class SessionOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results log and reports "
            + "(default: ./atk-results).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Global seed (default: the script's, else 0).")
    Long seed;

    @Option(names = "--device", paramLabel = "DEVICE", description = "auto, cpu or gpu (default: auto).")
    Device device;

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
        if (device != null) {
            b.device(device.name());
        }
        return b;
    }
}
