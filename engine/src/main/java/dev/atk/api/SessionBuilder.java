package dev.atk.api;

import dev.atk.exec.ReportLayer;
import dev.atk.exec.ReportWriter;
import dev.atk.spi.ProgressListener;
import dev.atk.spi.Stdlib;
import java.io.PrintStream;
import java.nio.file.Path;

/** Builds a {@link Session}; every option has a sensible default for an interactive user. */
public final class SessionBuilder {
    private Path baseDir = Path.of("").toAbsolutePath();
    private final java.util.List<Path> allowedWrites = new java.util.ArrayList<>();
    private boolean sharedLog;
    private PrintStream out = System.out;
    private ProgressListener progress = ProgressListener.NONE;
    private Path resultsDir;
    private Path cacheDir;
    private String runName = "session";
    private Long seed;
    private String device = "auto";
    private String cluster;
    private boolean resume;
    private Stdlib stdlib;
    private ReportWriter reports;

    SessionBuilder() {}

    /** Relative paths in scripts (model configs, data folders, report files) resolve against this directory. */
    public SessionBuilder baseDir(Path dir) {
        this.baseDir = dir.toAbsolutePath();
        return this;
    }

    public SessionBuilder out(PrintStream out) {
        this.out = out;
        return this;
    }

    public SessionBuilder progress(ProgressListener progress) {
        this.progress = progress;
        return this;
    }

    /** Where results logs go (default {@code atk-results} under the base directory). */
    public SessionBuilder resultsDir(Path dir) {
        this.resultsDir = dir;
        return this;
    }

    /** Where profiles are cached (default {@code ~/.cache/atk}, or the {@code atk.cache} system property). */
    public SessionBuilder cacheDir(Path dir) {
        this.cacheDir = dir;
        return this;
    }

    public SessionBuilder runName(String name) {
        this.runName = name;
        return this;
    }

    public SessionBuilder seed(Long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Where tensors live: {@code auto} (the default: the first GPU if libtorch sees one), {@code cpu}, {@code gpu} or
     * {@code gpu:N}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public SessionBuilder device(String device) {
        this.device = dev.atk.setting.DeviceSpec.parse(device).orElseThrow(() -> new IllegalArgumentException(
                "unknown device '" + device + "'; use one of " + String.join(", ", dev.atk.setting.DeviceSpec.FORMS)))
                .keyword();
        return this;
    }

    /**
     * Runs the attack tasks on Apache Spark: {@code local[N]}, {@code local-cluster[W,C,M]} or {@code
     * spark://host:port} (docs/scale-out.md); needs the {@code atk-cluster} module on the class path when the first
     * attack runs. Null runs them in this process (the default).
     *
     * @throws IllegalArgumentException for any other text
     */
    public SessionBuilder cluster(String master) {
        this.cluster = master == null ? null : dev.atk.setting.ClusterMaster.parse(master).orElseThrow(() ->
                new IllegalArgumentException("unknown cluster master '" + master + "'; use one of "
                        + String.join(", ", dev.atk.setting.ClusterMaster.FORMS))).text();
        return this;
    }

    public SessionBuilder resume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /** Sends {@code report} statements to another report layer (an embedder's dashboard, a test's recorder). */
    public SessionBuilder reports(ReportWriter reports) {
        this.reports = reports;
        return this;
    }

    /**
     * Lets scripts write into {@code folder} too. By default a script writes only inside its results folder
     * ({@link dev.atk.paths.WriteRule}); this is the user's decision, never the script's.
     */
    public SessionBuilder allowWrite(Path folder) {
        allowedWrites.add(folder.toAbsolutePath().normalize());
        return this;
    }

    /**
     * The results log is one many studies share, continued from session to session (the REPL's): with
     * {@link #resume} it is appended to, and records of other models in it are not a reason to refuse it.
     */
    public SessionBuilder sharedLog(boolean shared) {
        this.sharedLog = shared;
        return this;
    }

    public SessionBuilder stdlib(Stdlib stdlib) {
        this.stdlib = stdlib;
        return this;
    }

    public Session build() {
        Path results = resultsDir != null ? resultsDir : baseDir.resolve("atk-results");
        Path cache = cacheDir != null ? cacheDir : defaultCache();
        return new Session(new SessionOptions(baseDir, out, progress, results.toAbsolutePath(), cache.toAbsolutePath(),
                runName, seed, device, resume, stdlib, reports != null ? reports : ReportLayer.installed(),
                java.util.List.copyOf(allowedWrites), sharedLog, cluster));
    }

    private static Path defaultCache() {
        String configured = System.getProperty("atk.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "atk");
    }
}
