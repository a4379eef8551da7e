package dev.atk.stdlib.attacks;

import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.RunSettings;
import java.util.List;
import java.util.function.Consumer;

/**
 * One attack family: everything the language and the engine know about its attacks, in one place. Adding an attack
 * is one class implementing this and one line in {@code META-INF/services/dev.atk.stdlib.attacks.AttackProvider}.
 *
 * <p>Calls reach {@link #run} and the questions below fully resolved (the checker filled every default and checked
 * every range against {@link #attacks()}); a direct SPI call that skipped the checker gets the same defaults and range
 * checks through {@link dev.atk.spi.ParamInfo}'s typed reads, which is how providers read their arguments.
 */
public interface AttackProvider {

    /** The attacks this family registers, each with its typed parameters, defaults, ranges and docs. */
    List<ComponentInfo> attacks();

    /**
     * Whether running {@code call} needs the model's profile (SLAM's p, a subset sized by CLASS's length). By default,
     * what the attack's registration says.
     */
    default boolean needsProfile(ComponentCall call) {
        return attacks().stream().filter(a -> a.name().equals(call.name())).anyMatch(ComponentInfo::needsProfile);
    }

    /** Whether running {@code call} needs the label-correlation matrix (CLASS with γ > 0). */
    default boolean needsCorrelations(ComponentCall call) {
        return false;
    }

    /**
     * Whether a sweep of {@code call} over several budgets is one trajectory with a checkpoint per budget (ALGORITHMS.md
     * §2.1): the optimizer fuses such sweeps and {@link #run} then gets every budget at once.
     */
    default boolean trajectoryIndependentOfBudget(ComponentCall call, RunSettings settings) {
        return false;
    }

    /** How many trajectories one image follows in a fused sweep of {@code call}: one, unless the attack runs several. */
    default int trajectoriesPerImage(ComponentCall call, RunSettings settings) {
        return 1;
    }

    /**
     * Whether each batch of images is attacked on its own, so that a call's images may be split into batches that run
     * in different processes (a cluster) with the same outcomes. False for attacks that learn from the whole sample
     * first (universal perturbations), which must see the call whole.
     */
    default boolean batchesIndependent(ComponentCall call) {
        return true;
    }

    /** Image-iterations one image takes at most over {@code budgets}: the progress bar's total per image. */
    long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings);

    /**
     * Runs {@code call} on the run's images at every budget (attacks without a budget get one NaN budget). Outcomes go
     * to {@code sink} as soon as a batch finishes, so the executor logs them durably before the next batch starts.
     * Progress and cancellation go through {@code run.control()}, once per iteration.
     */
    void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink);
}
