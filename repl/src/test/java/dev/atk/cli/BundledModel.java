package dev.atk.cli;

import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import dev.atk.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the bundled model and data actually run here (tests that need a real attack assume it). */
public final class BundledModel {
    private BundledModel() {}

    /** The repository root: {@code atk.home}, else the nearest folder up with {@code mvnw}. */
    public static Path home() {
        String home = System.getProperty("atk.home");
        if (home != null && Files.isDirectory(Path.of(home))) {
            return Path.of(home);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        return p != null ? p : Path.of("").toAbsolutePath();
    }

    /** Runs a tiny attack on fashion_cnn; null when it works, else why not (for an assumption's message). */
    public static String whyNotUsable(Path scratch) {
        Session session = Session.builder().baseDir(home()).resultsDir(scratch.resolve("probe-results")).build();
        try {
            if (!session.catalog().modelNames().contains("fashion_cnn")) {
                return "no bundled model fashion_cnn";
            }
            EvalResult r = session.eval(new Source("probe.atk",
                    "model fashion_cnn\ndata fashion split test sample 2\nrun bce() at eps = 0.01\n"));
            return r.ok() ? null : "the bundled model does not run yet: " + r.describeProblems().strip();
        } catch (RuntimeException e) {
            return "the bundled model does not run yet: " + e;
        } finally {
            session.close();
        }
    }
}
