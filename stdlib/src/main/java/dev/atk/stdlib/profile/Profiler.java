package dev.atk.stdlib.profile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.model.Classifier;
import java.util.List;

/**
 * The profile probe (ALGORITHMS.md §4.1): every probe image keeps two MI-FGSM states, "patient" (unweighted BCE)
 * and "greedy" (linear); every outer iteration takes one step of each; every {@code interval} iterations a clamped
 * copy of each iterate is measured, and the mean flips over all probe images are appended to the BCE and linear
 * lists (both start with 0 at ε = 0). The BCE list drives {@link StopRule}. The grid is ε_j = j·interval·α, the fit
 * is over all points including (0, 0), and eps_max is the last grid ε. Because MI-FGSM never clamps during a run,
 * the measurement at outer iteration k·interval equals an independent attack with ε = k·interval·α.
 */
public final class Profiler {
    private final Classifier model;
    private final MiFgsmConfig config;

    public Profiler(Classifier model, MiFgsmConfig config) {
        this.model = model;
        this.config = config;
    }

    /**
     * Runs the probe.
     *
     * @param batches the probe images, in tensors of up to {@code settings.batch} images each
     * @param control {@code advance(B)} per state step (two per image and outer iteration) and {@code
     *     checkCancelled()} before each
     */
    public ProfileResult run(NDManager parent, List<NDArray> batches, ProfileRequest request, RunControl control) {
        try (NDManager m = parent.newSubManager(); ProbeRun probe = new ProbeRun(model, config, m, batches)) {
            ProbeFit fit = new ProbeFit(request, config.alpha(), probe.labels(), probe.images());
            boolean done = false;
            while (!done) {
                double[] sums = probe.measure(request.interval(), control);
                done = fit.add(sums[0], sums[1]);
            }
            return fit.result();
        }
    }
}
