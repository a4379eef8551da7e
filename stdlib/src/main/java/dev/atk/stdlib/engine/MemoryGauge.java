package dev.atk.stdlib.engine;

import ai.djl.Device;
import java.util.OptionalLong;

/**
 * The memory of one device as the batch policy needs it: how much is free for tensors, and how much a piece of work
 * took at its peak. One implementation reads the host's (for the CPU), one the GPU's.
 */
interface MemoryGauge {

    /** Bytes the device can still give to tensors, if this machine says. */
    OptionalLong available();

    /**
     * Starts a measurement: from now on {@link #peakGrowth} counts the largest amount the device held beyond what it
     * holds now. False when this machine cannot measure that.
     */
    boolean mark();

    /** Bytes at the peak since {@link #mark} beyond what was held at the mark (0 when nothing grew). */
    long peakGrowth();

    /** Where the numbers come from, for the user's line (e.g. {@code host memory}). */
    String describe();

    static MemoryGauge of(Device device) {
        return device.isGpu() ? new CudaMemoryGauge(device) : new HostMemoryGauge();
    }
}
