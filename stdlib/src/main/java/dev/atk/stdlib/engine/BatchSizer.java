package dev.atk.stdlib.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.BatchChoice;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Every batch the backend forms for a model, in one place: an attack's (as a script set it, or chosen), a profile's
 * probe batch and the one-label analyses' rows. A choice comes from one MI-FGSM step of {@value #PROBE_IMAGES} images
 * measured with the device's {@link MemoryGauge}, then {@link BatchPolicy}; it is measured once per loaded model and
 * kept for the session, so an attack and a report that reruns part of it form the same batches.
 *
 * <p>The probe's pixels are the middle of the model's input range, made without the engine's random generator, so
 * measuring changes nothing an attack computes afterwards.
 */
final class BatchSizer {
    static final int PROBE_IMAGES = 2;
    /** The profile's probe batch on every device: batch size changes float rounding too (docs/gpu.md), so it is fixed. */
    static final int PROFILE_BATCH = 16;

    private final Device device;
    private final String deviceName;
    private final MemoryGauge gauge;
    private final NDManager root;
    private final Map<Classifier, BatchPolicy.Sizing> chosen = new IdentityHashMap<>();

    /** Measures on {@code device} (named {@code deviceName} in what it says), each probe in a sub-manager of root. */
    BatchSizer(Device device, String deviceName, MemoryGauge gauge, NDManager root) {
        this.device = device;
        this.deviceName = deviceName;
        this.gauge = gauge;
        this.root = root;
    }

    /** An attack's batch: a {@code set batch} as it is, else the one chosen for the model here. */
    BatchChoice forAttack(Classifier model, RunSettings settings) {
        return settings.autoBatch() ? choose(model) : BatchChoice.given(Math.max(1, settings.batch()));
    }

    /** The batch chosen for the model here, as if no script had set one. */
    synchronized BatchChoice choose(Classifier model) {
        return sizing(model).batch();
    }

    /**
     * {@link #PROFILE_BATCH}, unless fewer images of this model fit the device's memory (or, on a CPU, its step rule)
     * at once: the 448×448 ResNet-50 probes 2 at a time on a CPU instead of needing 10 GB and half again the time.
     * The limit is a power of two that a measurement must miss by a factor of two to move ({@link BatchPolicy}), so
     * a model's probe batch, and with it eps_max, is the same on any machine with memory to spare.
     */
    synchronized int profileBatch(Classifier model) {
        return Math.min(PROFILE_BATCH, sizing(model).rows());
    }

    /**
     * Rows per tensor of the one-label analyses: at least one row per label, unless the device cannot hold that many
     * images of this model at once (an 80-label 448×448 model would need 80 steps' memory in one tensor).
     */
    synchronized int oneLabelRows(Classifier model, RunSettings settings) {
        return Math.min(Math.max(forAttack(model, settings).images(), model.config().numLabels()), sizing(model).rows());
    }

    private BatchPolicy.Sizing sizing(Classifier model) {
        return chosen.computeIfAbsent(model, m -> BatchPolicy.choose(m.config().name(), deviceName, device.isGpu(),
                stepBytes(m), PROBE_IMAGES, gauge.available()));
    }

    /** What one step of the probe batch takes at its peak, if the gauge can tell. */
    private OptionalLong stepBytes(Classifier model) {
        ModelConfig.Input in = model.config().input();
        try (NDManager probe = root.newSubManager()) {
            NDArray images = probe.full(new Shape(PROBE_IMAGES, in.channels(), in.height(), in.width()),
                    (float) ((in.min() + in.max()) / 2));
            if (!gauge.mark()) {
                return OptionalLong.empty();
            }
            try (MiFgsmState state = new MiFgsmState(model, MiFgsmConfig.reference(), probe, images, null)) {
                state.step(BceLoss.INSTANCE);
            }
            return OptionalLong.of(gauge.peakGrowth());
        }
    }
}
