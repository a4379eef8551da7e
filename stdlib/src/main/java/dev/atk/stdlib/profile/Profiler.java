package dev.atk.stdlib.profile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.Measurement;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
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
        if (request.interval() < 1) {
            throw new IllegalArgumentException("profile interval must be >= 1, got " + request.interval());
        }
        String combine = request.combine() == null ? "bce" : request.combine();
        if (!combine.equals("bce") && !combine.equals("max")) {
            throw new IllegalArgumentException("profile combine must be bce or max, got " + combine);
        }
        List<MiFgsmState> patient = new ArrayList<>();
        List<MiFgsmState> greedy = new ArrayList<>();
        try (NDManager m = parent.newSubManager()) {
            int images = 0;
            for (NDArray b : batches) {
                patient.add(new MiFgsmState(model, config, m, b, null));
                greedy.add(new MiFgsmState(model, config, m, b, null));
                images += (int) b.getShape().get(0);
            }
            if (images == 0) {
                throw new IllegalArgumentException("a profile needs at least one probe image");
            }
            int labels = patient.get(0).labels();
            StopRule stop = new StopRule(request.stopRatio(), request.maxMeasurements());
            List<Double> linear = new ArrayList<>(List.of(0.0));
            boolean done = false;
            while (!done) {
                for (int k = 0; k < request.interval(); k++) {
                    for (int i = 0; i < patient.size(); i++) {
                        control.checkCancelled();
                        patient.get(i).step(BceLoss.INSTANCE);
                        control.advance(patient.get(i).batch());
                        control.checkCancelled();
                        greedy.get(i).step(LinearLoss.INSTANCE);
                        control.advance(greedy.get(i).batch());
                    }
                }
                linear.add(meanFlips(greedy, images));
                done = stop.add(meanFlips(patient, images));
            }
            double[] bce = stop.values();
            double[] lin = linear.stream().mapToDouble(Double::doubleValue).toArray();
            double[] eps = new double[bce.length];
            for (int j = 0; j < eps.length; j++) {
                eps[j] = j * request.interval() * config.alpha();
            }
            double[] fitted = bce;
            if (combine.equals("max")) {
                fitted = new double[bce.length];
                for (int j = 0; j < bce.length; j++) {
                    fitted[j] = Math.max(bce[j], lin[j]);
                }
            }
            double[] coefficients = PolyFit.fit(eps, fitted, request.degree());
            return new ProfileResult(coefficients, eps[eps.length - 1], labels, eps, bce, lin, images,
                    request.interval(), combine, stop.converged(), null);
        } finally {
            patient.forEach(MiFgsmState::close);
            greedy.forEach(MiFgsmState::close);
        }
    }

    private static double meanFlips(List<MiFgsmState> states, int images) {
        double sum = 0;
        for (MiFgsmState s : states) {
            Measurement m = s.measure();
            for (int f : m.flips()) {
                sum += f;
            }
        }
        return sum / images;
    }
}
