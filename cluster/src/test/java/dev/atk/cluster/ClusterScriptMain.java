package dev.atk.cluster;

import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import dev.atk.spi.ProgressListener;
import java.nio.file.Path;

/** A driver in its own JVM, for the test that kills it: runs {@link ClusterRuns#SCRIPT} on a local cluster in DIR. */
public final class ClusterScriptMain {
    private ClusterScriptMain() {}

    public static void main(String[] args) {
        try (Session s = ClusterRuns.session(Path.of(args[0]), ClusterRuns.CLUSTER, false, ProgressListener.NONE)) {
            EvalResult r = s.eval(new dev.atk.source.Source("run.atk", ClusterRuns.SCRIPT));
            System.exit(r.ok() ? 0 : 1);
        }
    }
}
