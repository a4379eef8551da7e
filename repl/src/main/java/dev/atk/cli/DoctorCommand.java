package dev.atk.cli;

import dev.atk.api.Session;
import dev.atk.stdlib.engine.EngineDoctor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atk doctor}: what ATK runs on here and whether it works (Java, DJL, the libtorch it loads and why, threads,
 * GPUs, the device {@code auto} picks, caches, a small computation, the cluster module). Exit 0 when usable, 1 when not.
 */
@Command(name = "doctor", description = "Show what ATK runs on here (Java, DJL, libtorch, threads, GPUs, caches) "
        + "and check that it works; exit 0 when usable.", mixinStandardHelpOptions = true)
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Override
    public Integer call() {
        root.out.println("atk        " + Session.VERSION);
        EngineDoctor.Report report = EngineDoctor.examine();
        for (EngineDoctor.Finding f : report.findings()) {
            root.out.printf("%-10s %s%n", f.topic(), f.text());
        }
        root.out.printf("%-10s %s%n", "cluster", dev.atk.spi.ClusterEngine.installed()
                .map(e -> "atk-cluster on the class path, " + e.describe() + ": --cluster local-cluster[W,C,M] or "
                        + "spark://host:port (docs/scale-out.md)")
                .orElse("atk-cluster not built (optional; ./atk builds it on the first --cluster)"));
        root.out.println(report.usable() ? "usable" : "NOT usable: see the lines above");
        return report.usable() ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
    }
}
