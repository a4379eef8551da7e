package dev.atk.stdlib.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.BatchChoice;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The batch a model gets on this backend's device when no script set one: one MI-FGSM step of {@value #PROBE_IMAGES}
 * images measured with the device's {@link MemoryGauge}, then {@link BatchPolicy}. Measured once per loaded model and
 * kept for the session, so an attack and a report that reruns part of it form the same batches.
 *
 * <p>The probe's pixels are the middle of the model's input range, made without the engine's random generator, so
 * measuring changes nothing an attack computes afterwards.
 */
final class BatchSizer {
    static final int PROBE_IMAGES = 2;

    private final Device device;
    private final String deviceName;
    private final MemoryGauge gauge;
    private final Map<Classifier, BatchPolicy.Sizing> chosen = new IdentityHashMap<>();

    BatchSizer(Device device, String deviceName, MemoryGauge gauge) {
        this.device = device;
        this.deviceName = deviceName;
        this.gauge = gauge;
    }

    synchronized BatchChoice choose(Classifier model, NDManager root) {
        return sizing(model, root).batch();
    }

    /** The most images one tensor of this model may hold here ({@link BatchPolicy.Sizing#rows}). */
    synchronized int rowLimit(Classifier model, NDManager root) {
        return sizing(model, root).rows();
    }

    private BatchPolicy.Sizing sizing(Classifier model, NDManager root) {
        return chosen.computeIfAbsent(model, m -> BatchPolicy.choose(m.config().name(), deviceName, device.isGpu(),
                stepBytes(m, root), PROBE_IMAGES, gauge.available()));
    }

    /** What one step of the probe batch takes at its peak, if the gauge can tell. */
    private OptionalLong stepBytes(Classifier model, NDManager root) {
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
