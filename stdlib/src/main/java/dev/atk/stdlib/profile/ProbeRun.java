package dev.atk.stdlib.profile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
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
 * The probe's attacks on some batches of probe images (ALGORITHMS.md §4.1): every image keeps a "patient" (BCE) and
 * a "greedy" (linear) MI-FGSM state, and a measurement takes {@code interval} steps of each and counts the flips of a
 * clamped copy. Batches are independent of each other, so the probe's images can be split by batch (a cluster's
 * parts) and the flip counts, integers, added up in any order give the one-process sums exactly.
 */
public final class ProbeRun implements AutoCloseable {
    private final List<MiFgsmState> patient = new ArrayList<>();
    private final List<MiFgsmState> greedy = new ArrayList<>();
    private final int images;
    private int measurements;

    public ProbeRun(Classifier model, MiFgsmConfig config, NDManager manager, List<NDArray> batches) {
        int n = 0;
        try {
            for (NDArray b : batches) {
                patient.add(new MiFgsmState(model, config, manager, b, null));
                greedy.add(new MiFgsmState(model, config, manager, b, null));
                n += (int) b.getShape().get(0);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        images = n;
    }

    public int images() {
        return images;
    }

    /** Labels of the model (0 without images). */
    public int labels() {
        return patient.isEmpty() ? 0 : patient.get(0).labels();
    }

    /** Measurements taken so far. */
    public int measurements() {
        return measurements;
    }

    /**
     * Takes {@code interval} steps of every state, then measures.
     *
     * @return the flips summed over this run's images: {BCE probe, linear probe}
     * @param control {@code advance(B)} per state step (two per image and iteration), {@code checkCancelled()} before
     */
    public double[] measure(int interval, RunControl control) {
        for (int k = 0; k < interval; k++) {
            for (int i = 0; i < patient.size(); i++) {
                control.checkCancelled();
                patient.get(i).step(BceLoss.INSTANCE);
                control.advance(patient.get(i).batch());
                control.checkCancelled();
                greedy.get(i).step(LinearLoss.INSTANCE);
                control.advance(greedy.get(i).batch());
            }
        }
        measurements++;
        double linear = flipSum(greedy); // measured in the order the probe always measured: linear, then BCE
        return new double[] {flipSum(patient), linear};
    }

    private static double flipSum(List<MiFgsmState> states) {
        double sum = 0;
        for (MiFgsmState s : states) {
            Measurement m = s.measure();
            for (int f : m.flips()) {
                sum += f;
            }
        }
        return sum;
    }

    @Override
    public void close() {
        patient.forEach(MiFgsmState::close);
        greedy.forEach(MiFgsmState::close);
    }
}
